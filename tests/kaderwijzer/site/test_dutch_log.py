"""What mkdocs plugins log in English where an editor reads it is said in Dutch."""

from __future__ import annotations

import logging

from kaderwijzer.site.mkdocs_plugin import _DutchRedirectWarning


def test_missing_redirect_target_is_reported_in_dutch() -> None:
    record = logging.LogRecord("mkdocs.plugin.redirects", logging.WARNING, __file__, 1,
                               "Redirect target '%s' does not exist!", ("begrippen.md",), None)
    assert _DutchRedirectWarning().filter(record)
    assert record.getMessage() == "Doorverwijzing naar 'begrippen.md' overgeslagen: die pagina is er in deze bouw niet."
