"""``python -m twilio_proxy``: the same command line as ``twilio-proxy``."""

from ._cli import main

raise SystemExit(main())
