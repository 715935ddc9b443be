#!/usr/bin/env python
"""Django's usual entry point; `onward` (onward/cli.py) is the friendlier one."""

from onward.cli import main

if __name__ == "__main__":
    main()
