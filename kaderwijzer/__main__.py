from kaderwijzer.cli import main

raise SystemExit(main())
