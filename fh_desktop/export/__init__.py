"""Exports for the administration: plain ``WorkshopData`` in, a finished file out.

``xlsx.write_xlsx`` and ``pdf.write_pdf`` are pure functions (no Qt, no store);
``xlsx_import.read_action_sheet`` reads an edited action plan back as plain rows.
"""
