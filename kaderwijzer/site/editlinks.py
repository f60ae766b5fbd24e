""""Deze pagina aanpassen": the forge's web editor for the file a page comes from.

A generated page links to its YAML file (a segment page to `data/segments/<region>/<id>.yml`), a
hand-written page to its Markdown in `content/`. The repository address and branch come from the
plugin config (`repo_url`, `branch`, set from KADERWIJZER_REPO_URL / KADERWIJZER_BRANCH in mkdocs.yml),
so a fork links to itself; without a repository address there is no link at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from kaderwijzer.model.corpus import Corpus
from kaderwijzer.site.pages import PageSpec

# Which record a generated page shows. Pages that gather a whole region start from its region file.
SPEC_KINDS = {"segment_page": "segment", "section_page": "section", "document_page": "document",
              "region_page": "region", "procurement_page": "region", "print_page": "region", "source_page": "source"}


@dataclass(frozen=True)
class EditLinks:
    repo_url: str  # e.g. https://github.com/org/kaderwijzer, without trailing slash
    branch: str
    forge: str  # "github" or "gitlab": they spell the editor's address differently

    @classmethod
    def configure(cls, repo_url: str | None, branch: str | None, forge: str | None = None) -> EditLinks | None:
        repo_url = (repo_url or "").strip().rstrip("/")
        if not repo_url or urlsplit(repo_url).scheme not in ("http", "https"):
            return None
        if repo_url.endswith(".git"):
            repo_url = repo_url[: -len(".git")]
        host = urlsplit(repo_url).hostname or ""
        kind = (forge or "").strip().lower() or ("gitlab" if "gitlab" in host else "github")
        return cls(repo_url, (branch or "").strip() or "main", kind)

    def url(self, path: str) -> str:
        """The web editor for a file, by its path from the repository root."""
        editor = "-/edit" if self.forge == "gitlab" else "edit"
        return f"{self.repo_url}/{editor}/{quote(self.branch, safe='/')}/{quote(path, safe='/')}"


def source_file(src_uri: str, spec: PageSpec | None, corpus: Corpus, data_dir: str, docs_dir: str) -> str:
    """Path from the repository root of the file an editor changes to change this page."""
    kind = SPEC_KINDS.get(spec.macro) if spec else None
    if spec is not None and kind is not None and spec.args and (kind, spec.args[0]) in corpus.files:
        return f"{data_dir}/{corpus.files[(kind, spec.args[0])]}"
    return f"{docs_dir}/{src_uri}"
