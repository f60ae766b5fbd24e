"""The `kaderwijzer` command, on top of every other layer."""
