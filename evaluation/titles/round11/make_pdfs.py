"""Write round 11's two PDFs from the texts of two real public releases (sources in ../sources.tsv).

Set as a word processor sets a release: the headline in bold, a deck where the release has one, then
paragraphs wrapped at the page width by fpdf2 (so sentences break at line ends). The core Helvetica
font has no curly quotes or dashes: they are written as ASCII. Usage: python make_pdfs.py
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

ASCII = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})

RELEASES: dict[str, tuple[str, str, list[str]]] = {
    "08.pdf": (
        "USDA Confirms Highly Pathogenic Avian Influenza in a Flock of Commercial Broiler Chickens in "
        "Kentucky and Backyard Mixed Species Flock in Virginia",
        "",
        [
            "The United States Department of Agriculture’s Animal and Plant Health Inspection Service confirmed "
            "Feb. 14 the presence of highly pathogenic avian influenza in birds in two more states – a flock of "
            "commercial broiler chickens in Fulton County, Kentucky, and a backyard flock of mixed-species birds in "
            "Fauquier County, Virginia.",
            "Samples from two Kentucky flocks were tested at the Breathitt Veterinary Center Laboratory and samples "
            "from the affected Virginia flock were tested at the Virginia Department of Agriculture and Consumer "
            "Services Harrisonburg Regional Animal Health Laboratory, both part of the National Animal Health "
            "Laboratory Network. The Virginia and Fulton County, Kentucky, cases were confirmed at the Animal and "
            "Plant Health Inspection Service National Veterinary Services Laboratories in Ames, Iowa. The Breathitt "
            "Veterinary Center Laboratory also obtained a non-negative avian-influenza test result on the samples "
            "from a Webster County turkey flock; lab confirmation is pending.",
            "The Animal and Plant Health Inspection Service is working closely with state animal-health officials in "
            "Kentucky and Virginia on joint incident responses. State officials quarantined the affected premises, "
            "and birds on the properties will be depopulated to prevent the spread of the disease. Depopulation is "
            "complete in Virginia. Birds from the flocks will not enter the food system.",
            "The two new infections follow the USDA’s announcement Feb. 8 of the presence of highly pathogenic avian "
            "influenza in a commercial turkey flock in Dubois County, Indiana. It was the first confirmed case of "
            "HPAI in commercial poultry since 2020 in the United States.",
        ],
    ),
    "09.pdf": (
        "State health officials provide updated data on human cases of avian flu in poultry workers",
        "Workers were culling poultry at a farm in northeast Colorado",
        [
            "Denver (July 19, 2024) — In coordination with the Colorado Department of Agriculture, the State "
            "Emergency Operations Center, and Centers for Disease Control and Prevention, the Colorado Department of "
            "Public Health and Environment reports an additional confirmed human case of avian flu, bringing the "
            "total to six confirmed human cases of avian flu in people who were working directly with infected "
            "poultry at a commercial egg layer operation in Weld County.",
            "The workers, who were culling poultry, had mild symptoms, including conjunctivitis (pink eye) and common "
            "respiratory infection symptoms. None were hospitalized. CDC continues to state that the risk of avian "
            "flu to the general public is low. Epidemiologists both here in Colorado and at CDC are monitoring for "
            "genetic variations in the virus and changes in transmission patterns.",
            "It is safe to eat properly handled and cooked poultry products. The proper handling and cooking of "
            "poultry, meat, and eggs kills bacteria and viruses, including avian flu viruses.",
            "If you work with dairy cows or poultry that may have avian flu and you start to feel sick, seek medical "
            "care or call CDPHE at 303-692-2700 (after normal business hours: 303-370-9395). The Department can help "
            "you get a flu test and medicine if needed.",
        ],
    ),
}


def write(path: Path, headline: str, deck: str, paragraphs: list[str]) -> None:
    """One release: bold headline, italic deck, wrapped paragraphs."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_margins(72, 72)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", size=16)
    pdf.multi_cell(0, 20, headline.translate(ASCII))
    pdf.ln(8)
    if deck:
        pdf.set_font("Helvetica", "I", size=12)
        pdf.multi_cell(0, 16, deck.translate(ASCII))
        pdf.ln(8)
    pdf.set_font("Helvetica", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 15, paragraph.translate(ASCII))
        pdf.ln(10)
    pdf.output(str(path))


if __name__ == "__main__":
    for name, (headline, deck, paragraphs) in RELEASES.items():
        write(Path(__file__).parent / "texts" / name, headline, deck, paragraphs)
