"""Short excerpts of real Arctic shipping texts (source in each comment), the fixtures of the
Arctic briefing's candidate and matching rules: a briefing the codebook was not tuned on."""
from __future__ import annotations

# seanews.ru, 22 December 2020, "Record-Breaking Cargo Traffic via Northern Sea Route".
SEANEWS = (
    "As of December 22, the cargo volume carried transported along the Northern Sea Route made 32 mn tons compared "
    "to 31.5 mn tons carried in 2019, Rosatom has reported.\n\n"
    "The nuclear icebreakers operated by Rosatom's subsidiary Atomflot have escorted 479 vessels along the Northern "
    "Sea Route compared to 510 vessels last year.\n\n"
    "For 2021, Atomflot expects the number of transits of the Northern Sea Route to continue growing.\n"
)
# arctic.ru, 1 August 2016, "Northern Fleet to start warship exercise in September".
FLEET_EXERCISE = (
    "A group of Russian Northern Fleet warships will sail toward Arctic islands along the Northern Sea Route in "
    "September this year, Northern Fleet Commander, Vice-Admiral Nikolai Yevmenov, told the TASS news agency.\n\n"
    "Atomflot icebreakers will help the group navigate the most difficult waters, TASS reports.\n"
)
# arctic.ru, 30 August 2016, "Northern Fleet ships start exercises in the Arctic".
FLEET_SHIPS = (
    "A unit of ships and support vessels of the Northern Fleet (NF) left Severomorsk on August 30 and is now bound "
    "for the Arctic.\n\n"
    "He said the ships will follow the Northern Sea Route up to the New Siberian Islands.\n\n"
    "At certain stages the unit of ships is expected to be accompanied by Rosatom's nuclear icebreakers.\n"
)
# ROSATOM annual report 2019 (report.rosatom.ru), "Developing transport infrastructure in the Arctic".
ROSATOM_REPORT = (
    "The Northern Sea Route is a maritime transport corridor crossing the Arctic Ocean.\n\n"
    "ROSATOM has been assigned the functions of the infrastructure operator of the Northern Sea Route.\n\n"
    "To handle the growing cargo traffic along the Northern Sea Route, ROSATOM is upgrading its icebreaker fleet on "
    "a large scale.\n"
)
# unitedoceans.org glossary, "Polar Code".
POLAR_CODE = (
    "The Polar Code is a mandatory regulation adopted by the IMO for ships passing through Arctic and Antarctic "
    "waters.\n\n"
    "Its requirements are more stringent than those of existing IMO conventions such as MARPOL, imposing "
    "prohibitions on the carriage of oil or oily mixtures from any ship into the sea.\n\n"
    "However, no bans were imposed on the carrying or use of heavy fuel oil in the Arctic, despite evidence by the "
    "Arctic Council demonstrating that the release of oil is the most significant threat from shipping activity.\n"
)
# Wikborg Rein newsletter, January 2021, "Beefing up emission and fuel standards in the Arctic".
HFO_BAN = (
    "On 20 November 2020 the 75th session of the International Maritime Organisation (IMO) Marine Environment "
    "Protection Committee (MEPC) approved a ban on the use and carriage of so-called heavy fuel oil in the Arctic.\n\n"
    "The new regulation amends the International Code for Ships Operating in Polar Waters (the Polar Code), as "
    "implemented in the International Convention for the Prevention of Pollution from Ships (MARPOL).\n"
)
# Sputnik, 31 December 2024, "Volume of Cargo Transported Via Northern Sea Route Hits Record High in 2024".
SPUTNIK = (
    "The volume of cargo transported via the Northern Sea Route (NSR) reached a record high in 2024, nearly 38 "
    "million tonnes, the CEO of Russia's Rosatom state nuclear corporation, Alexey Likhachev, said on Tuesday.\n\n"
    "Rosatom has been the infrastructure operator of the Northern Sea Route since 2018.\n"
)
# Sputnik, same report: what the route is, in lower case.
SPUTNIK_ROUTE = (
    "The Northern Sea Route is a shipping route linking the western part of Eurasia with the Asia-Pacific region.\n"
)
# arctic.ru front page: a photo caption, "northern" in lower case.
MURMANSK = (
    "Russian Prime Minister Mikhail Mishustin delivers a speech during a ceremony launching the Akrtika nuclear "
    "icebreaker in the northern city of Murmansk, Russia.\n"
)
# China P&I Club, loss prevention circular 19/2024, "HFO ban in Arctic waters came into effect".
CHINA_PI = (
    "To protect the environment of the Arctic, IMO's Sub-Committee on Pollution Prevention and Response (PPR) "
    "agreed at its seventh session in London in February 2020 on a draft amendment to MARPOL Annex I.\n"
)
# U.S. Coast Guard Pacific Area release, July 2023 (public domain), Healy's Arctic deployment.
HEALY = (
    "The Coast Guard Cutter Healy departed Seattle, Tuesday, for a months-long Arctic deployment.\n\n"
    "Healy's deployment supports the Coast Guard's Arctic Strategy while providing critical training opportunities "
    "for Polar sailors and future operations in the Arctic.\n"
)

ARTICLES = (SEANEWS, FLEET_EXERCISE, FLEET_SHIPS, ROSATOM_REPORT, POLAR_CODE, HFO_BAN, SPUTNIK, HEALY)
