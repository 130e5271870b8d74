"""`python -m kuhina_desktop` runs the same entry point as the `kuhina` command."""

import sys

from kuhina_desktop.cli import main

sys.exit(main())
