"""The built app's entry point: the command line, which opens the window when given no command."""

import multiprocessing
import sys

if __name__ == "__main__":
    # Facts are extracted in a spawned process; in a frozen app that process starts this same
    # executable, and freeze_support hands it to multiprocessing instead of running the app again.
    multiprocessing.freeze_support()
    from desktop.launcher import main

    sys.exit(main())
