"""`python -m jakres_desk.cli`: the console script's main."""

import sys

from jakres_desk.cli import main

sys.exit(main())
