from desktop.launcher import main

# Guarded: fact extraction runs in a spawned process, which imports this module again.
if __name__ == "__main__":
    raise SystemExit(main())
