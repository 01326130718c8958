"""The participation server: participants answer the open individual round on their phones.

Qt-free, so the headless ``fh-desktop collect`` runs it as well as the window does:

- ``roundinfo`` reads what the phones may see (statements, scale, names, who has answered)
  on the thread that owns the workshop file, into frozen plain data;
- ``session`` holds tokens, devices, claims and rate limits (thread-safe, in memory only);
- ``app`` is the WSGI application: routes, Host check, CSRF, size limits, headers;
- ``server`` runs it with waitress in background threads, bound to one address;
- ``jobs`` hands every submission to the owner thread, which stores it through
  ``ChecklistService.submit`` — the server threads never touch SQLite;
- ``participation`` ties them together for the CLI and the window.

Threat model and HTTP interface: docs/participation.md.
"""
