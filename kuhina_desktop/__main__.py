"""`python -m kuhina_desktop` runs the same entry point as the `kuhina` command (and is the
frozen bundle's entry script).

`freeze_support()` lets a publish's page-rendering processes (exports/site_offers: the
spawn start method) start from the frozen bundle: such a process runs the bundle's
executable, which here becomes the worker instead of the program. The guard keeps a spawned
process that imports this module as `__mp_main__` from running the program.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from kuhina_desktop.cli import main

    sys.exit(main())
