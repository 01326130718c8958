"""The planning cycle in the window: follow-up dialog, Wiedervorlage, comparisons."""
