"""`python -m kuhina_desktop` runs the same entry point as the `kuhina` command (and is the
frozen bundle's entry script).

`freeze_support()` lets a publish's page-rendering processes (exports/site_offers: the
spawn start method) start from the frozen bundle: such a process runs the bundle's
executable, which here becomes the worker instead of the program. The guard keeps a spawned
process that imports this module as `__mp_main__` from running the program. Only the
bundle needs it (from source a worker is started by Python itself), and importing
`multiprocessing` costs a visible part of the start-up, so a source run skips it.
"""

import sys

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    from kuhina_desktop.cli import main

    sys.exit(main())
