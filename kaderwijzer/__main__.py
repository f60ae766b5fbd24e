from kaderwijzer.cli.main import main

raise SystemExit(main())
