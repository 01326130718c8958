import sys

from fh_desktop.cli import main

sys.exit(main())
