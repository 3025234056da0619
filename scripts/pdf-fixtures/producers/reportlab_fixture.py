"""
reportlab (Debian python3-reportlab): a grid table of the profile's first rows, and the
law as one column. Reads the content as JSON on stdin ({"kind": "profile"|"law", ...}
as scripts/pdf-fixtures/producers/content.mjs gives it) and writes the PDF to stdout.

- profile: DejaVu Sans embedded as a subset, A4, a 0.4 pt grid, columns 50 % / 50 %,
  3 pt padding, rows split across pages inside their cells (splitInRow), a running
  header and "n" as the page number at the foot;
- law: DejaVu Serif embedded as a subset, US Letter, justified, a running header and "Page n" at the foot.
"""
import json
import sys

from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle, Spacer
from reportlab.rl_config import defaultPageSize  # noqa: F401  (keeps reportlab's config loaded first)

FONTS = "/usr/share/fonts/truetype/dejavu/"


def register(family, files):
    for style, file in files.items():
        pdfmetrics.registerFont(TTFont(family + style, FONTS + file))
    addMapping(family, 0, 0, family + "")
    addMapping(family, 1, 0, family + "-Bold")
    addMapping(family, 0, 1, family + "-Oblique")
    addMapping(family, 1, 1, family + "-BoldOblique")


register("DejaVuSans", {"": "DejaVuSans.ttf", "-Bold": "DejaVuSans-Bold.ttf", "-Oblique": "DejaVuSans-Oblique.ttf", "-BoldOblique": "DejaVuSans-BoldOblique.ttf"})
register("DejaVuSerif", {"": "DejaVuSerif.ttf", "-Bold": "DejaVuSerif-Bold.ttf", "-Oblique": "DejaVuSerif-Italic.ttf", "-BoldOblique": "DejaVuSerif-BoldItalic.ttf"})


def markup(block):
    """The block's text with its marks as reportlab's <b> / <i>, characters escaped."""
    opens, closes = {}, {}
    tags = {"strong": ("<b>", "</b>"), "emphasis": ("<i>", "</i>")}
    for mark in block["marks"]:
        opens.setdefault(mark["start"], []).append(tags[mark["kind"]][0])
        closes.setdefault(mark["end"], []).insert(0, tags[mark["kind"]][1])
    text = block["text"]
    out = []
    for i in range(len(text) + 1):
        out.extend(closes.get(i, []))
        out.extend(opens.get(i, []))
        if i < len(text):
            out.append({"&": "&amp;", "<": "&lt;", ">": "&gt;"}.get(text[i], text[i]))
    return "".join(out)


def decorate(header, folio, size):
    def draw(canvas, doc):
        width, height = size
        canvas.saveState()
        canvas.setFont("DejaVuSans", 7)
        canvas.drawString(doc.leftMargin, height - 28, header)
        canvas.drawCentredString(width / 2, 24, folio.format(doc.page))
        canvas.restoreState()
    return draw


def profile(content, out):
    style = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=8.5, leading=10.5, spaceAfter=3)
    rows = [[[Paragraph(markup(b), style) for b in cell] for cell in row] for row in content["rows"]]
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=56, bottomMargin=50, invariant=1, title="", author="")
    width = A4[0] - 100
    table = Table(rows, colWidths=[width / 2, width / 2], splitInRow=1, splitByRow=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, "#000000"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    draw = decorate("Cybercrime legislation \u2013 country profile: Republic of Serbia", "{}", A4)
    doc.build([table], onFirstPage=draw, onLaterPages=draw)


def law(content, out):
    style = ParagraphStyle("body", fontName="DejaVuSerif", fontSize=10, leading=13, spaceAfter=6, alignment=4)
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=72, rightMargin=72, topMargin=72, bottomMargin=60, invariant=1, title="", author="")
    draw = decorate("Law on the organisation and competences of government authorities combating cyber crime", "Page {}", letter)
    doc.build([Paragraph(markup(b), style) for b in content["paragraphs"]], onFirstPage=draw, onLaterPages=draw)


def main():
    content = json.load(sys.stdin)
    out = sys.stdout.buffer
    import io
    buffer = io.BytesIO()
    (profile if content["kind"] == "profile" else law)(content, buffer)
    out.write(buffer.getvalue())


if __name__ == "__main__":
    main()
