"""Dynamic properties by which any widget tells presentation mode how to treat it.

Set with ``widget.setProperty(NAME, True)``; read by ``ui.shell.presentation``.
"""

from __future__ import annotations

# Only the moderator needs it (admin buttons, editors): hidden while presenting.
MODERATOR_ONLY = "moderatorOnly"
# This widget and everything in it already has projector-sized type (step 2's touch
# screens): presentation mode must not enlarge it a second time.
PROJECTOR_SIZED = "projectorSized"
