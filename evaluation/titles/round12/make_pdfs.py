"""Write round 12's two PDFs from the texts of two real public White House pages (sources in ../sources.tsv).

12.pdf is set as the blog post reads: its headline in bold, its date-and-byline line, then its
paragraphs. 13.pdf is a browser's print of the Vice President's weekly address, as a reader would
save it: the page's title as the PDF's Title, a browser as Creator and Producer and the day it was
printed as CreationDate; its text holds no date. The core Helvetica font has no curly quotes or
dashes: they are written as ASCII. Usage: python make_pdfs.py
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

ASCII = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u200b": ""})

DIGITAL = [
    "Over the past eight years, the President, the First Lady, and the Obama White House have used social media "
    "and technology to engage with people around the country and the world on the most important issues of our "
    "time. From the very beginning, our mission has been to reach people on the channels and platforms where they "
    "already spend their time. This work began before President Obama took office in 2009, and, now, this work "
    "will continue.",
    "As this Administration draws to a close, we wanted to share how you can continue to follow and engage with "
    "President Obama, the First Lady, and other Obama White House officials, as well as how you can find content "
    "posted over the past eight years after January 20, 2017. Moving forward, the President and First Lady can be "
    "followed on familiar handles: @BarackObama and @MichelleObama.",
    "In October, we laid out plans to preserve and pass on the digital legacy of the Obama administration and have "
    "been working to ensure this unprecedented digital transition meets three key goals. First, we are preserving "
    "the material we’ve created with the National Archives and Records Administration (NARA). Second, we are "
    "working to ensure these materials continue to be accessible on the platforms where they were created, "
    "allowing for continued access to the content posted over the past eight years. Finally, we are working to "
    "ensure that the next White House and future administrations can continue to use and develop the digital "
    "channels we have created to connect directly with the people they serve.",
    "We are grateful to the people around the country and the world who have engaged with us online over the past "
    "eight years. We listened to you, we learned from you, and we strove to create opportunities for you to play an "
    "active role in your government by fulfilling the most important role in our government: the role of citizen.",
]

ADDRESS = [
    "Ladies and Gentlemen, this is Joe Biden and I’m here filling in for President Obama, who is traveling abroad.",
    "And I’m here with a simple message: middle-class economics works.",
    "Our economy has gone from crisis to recovery to now to resurgence—with the longest streak of consecutive job "
    "growth ever recorded in the history of this country and more than all other advanced countries combined.",
    "But to make sure everyone is part of this resurgence, we need to build on what we know widens the path to the "
    "middle class—and you all know what it is, access to education.",
    "Folks, the source of our economic power and middle class strength in the 20th Century was the fact that we "
    "were among the first major nations in the world to provide twelve years of free education for our citizens.",
    "But in the 21st Century, other countries have already caught up and twelve years is simply no longer enough—a "
    "minimum of fourteen years is necessary for families to have a surer path to the middle class and for the "
    "United States to be able to out-compete the rest of the world.",
    "Consider that by the end of the decade, two out of three of all jobs will require an education beyond high "
    "school, from an 18-week certificate to a two-year associate’s degree to a four-year bachelor’s, or a PhD.",
    "But today, the cost of higher education is too high for too many Americans. Too many folks are priced out of a "
    "piece of the middle-class dream.",
    "And that’s why the President and I have a straightforward plan to remove that barrier and expand the pathway "
    "to the middle class—by bringing the cost of community colleges down—down to zero.",
    "Making community colleges free is good for workers, it’s good for companies, and it’s good for our economy.",
]


def write(name: str, headline: str, top: list[str], paragraphs: list[str], meta: dict[str, str]) -> None:
    """One release: bold headline, the lines under it in italics, then wrapped paragraphs."""
    pdf = FPDF(format="Letter")
    pdf.set_margins(25, 25)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, headline.translate(ASCII))
    pdf.ln(3)
    pdf.set_font("Helvetica", "I", 11)
    for line in top:
        pdf.multi_cell(0, 6, line.translate(ASCII))
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph.translate(ASCII))
        pdf.ln(4)
    if "title" in meta:
        pdf.set_title(meta["title"])
    if "creator" in meta:
        pdf.set_creator(meta["creator"])
        pdf.set_producer(meta["producer"])
        pdf.set_creation_date(datetime.fromisoformat(meta["created"]).replace(tzinfo=UTC))
    pdf.output(str(Path(__file__).parent / "texts" / name))


if __name__ == "__main__":
    write(
        "12.pdf",
        "The Obama Administration Digital Transition: Moving Forward",
        ["January 17, 2017 at 6:08 PM ET by Kori Schulman"],
        DIGITAL,
        {},
    )
    write(
        "13.pdf",
        "Weekly Address: Tuition-Free Community College",
        ["Remarks of Vice President Joe Biden"],
        ADDRESS,
        {
            "title": "Weekly Address: Tuition-Free Community College | whitehouse.gov",
            "creator": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
            "producer": "Skia/PDF m120",
            "created": "2026-11-30T09:12:00",
        },
    )
