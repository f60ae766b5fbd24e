"""A source document as a PDF, made with fpdf2 for the import tests: title page, contents, running header and
footer, numbered headings on three levels, a numbered list, a word hyphenated across lines and a heading
that continues on the next line."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

TITLE = "Kader Zorg en Ondersteuning Proefregio 2026"
RUNNING_HEADER = "Kader Zorg en Ondersteuning - Proefregio"
# (kind, text): "h" heading, "p" body line, "page" a new page.
BODY: list[tuple[str, str]] = [
    ("h", "1. Inleiding"),
    ("p", "Dit kader beschrijft hoe de gemeenten van de Proefregio zorg inkopen."),
    ("p", "De regionale samen-"),
    ("p", "werking loopt sinds 2015 en wordt nu verlengd."),
    ("h", "2. Samen werken aan goede zorg"),
    ("p", "In dit hoofdstuk staan de uitgangspunten voor de inkoop."),
    ("h", "2.1 Kwaliteit van de hulp die inwoners krijgen van aanbieders in de"),
    ("h", "regio en daarbuiten"),
    ("p", "We willen dat de hulp goed is. Daarvoor spreken we drie dingen af:"),
    ("p", "1. Aanbieders meten de tevredenheid van inwoners."),
    ("p", "2. Aanbieders werken met erkende methoden."),
    ("p", "3. Aanbieders melden incidenten binnen een week."),
    ("page", ""),
    ("h", "2.2 Toegang"),
    ("p", "De toegang ligt bij de gemeenten zelf."),
    ("h", "2.2.1 Wachttijden"),
    ("p", "Een inwoner wacht niet langer dan zes weken op hulp."),
    ("h", "3. Betaalbaarheid"),
    ("p", "De uitgaven mogen niet sneller stijgen dan het budget."),
    ("page", ""),
    ("h", "3.1 Tarieven"),
    ("p", "De tarieven worden elk jaar herzien."),
    ("h", "3.2 Verantwoording"),
    ("p", "Aanbieders verantwoorden zich twee keer per jaar."),
]
CONTENTS = ["1. Inleiding 3", "2. Samen werken aan goede zorg 3", "2.1 Kwaliteit van de hulp 3", "2.2 Toegang 4",
            "3. Betaalbaarheid 4", "3.1 Tarieven 5", "3.2 Verantwoording 5"]
# What the import should find: label and page (the title page is 1, the contents 2).
EXPECTED = [
    ("1 Inleiding", 3),
    ("2 Samen werken aan goede zorg", 3),
    ("2.1 Kwaliteit van de hulp die inwoners krijgen van aanbieders in de regio en daarbuiten", 3),
    ("2.2 Toegang", 4), ("2.2.1 Wachttijden", 4), ("3 Betaalbaarheid", 4), ("3.1 Tarieven", 5),
    ("3.2 Verantwoording", 5),
]


class _Document(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("Helvetica", size=8)
            self.cell(0, 6, RUNNING_HEADER, new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

    def footer(self) -> None:
        if self.page_no() > 1:
            self.set_y(-15)
            self.set_font("Helvetica", size=8)
            self.cell(0, 6, f"Pagina {self.page_no()} van {{nb}}", align="C")


def _line(pdf: FPDF, text: str, size: int = 11, bold: bool = False) -> None:
    pdf.set_font("Helvetica", style="B" if bold else "", size=size)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")


def make_pdf(path: Path, body: list[tuple[str, str]] = BODY) -> Path:
    pdf = _Document()
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    _line(pdf, TITLE, size=18, bold=True)
    _line(pdf, "Regio Proefland")
    _line(pdf, "12 maart 2026")
    pdf.add_page()
    _line(pdf, "Inhoud", size=14, bold=True)
    for entry in CONTENTS:
        _line(pdf, entry)
    pdf.add_page()
    for kind, text in body:
        if kind == "page":
            pdf.add_page()
        else:
            _line(pdf, text, size=13 if kind == "h" else 11, bold=kind == "h")
    pdf.output(str(path))
    return path
