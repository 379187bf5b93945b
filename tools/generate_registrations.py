#!/usr/bin/env python3
"""Writes a registration list of N fictional people, as a registration system exports it:
UTF-8 with a byte order mark, ';' between fields, CRLF line ends, a unique code per person.

    generate_registrations.py N OUT.csv [--seed S] [--change-share P] [--no-codes]

The same N and seed always give the same file. With --change-share, the list is the same
people with a share P of their titles and diets changed: an updated list to import again. With
--no-codes, the list has no code column, as many registration exports have none.
"""
import argparse
import random

FIRST = ("Anna Åsa Örjan Emil Erik Lars Karin Maria Anna-Karin Per Ulla Mikael Fredrik Birgitta "
         "Zoë Linnea Sara Stefan Johan Elin Ingrid Gunnar Helena Jonas Kristina Magnus Nils Oskar "
         "Petra Sven Tove Ylva Ängla Hanna Lina Mats Jan-Erik Märta Björn Ebba").split()
LAST = ("Hägglund Lindgren Öberg Nygren Marklund Olsson Lundgren Vikström Stenlund Andersson "
        "Johansson Karlsson Nilsson Eriksson Larsson Persson Svensson Gustafsson Pettersson "
        "Jonsson Jansson Hansson Bengtsson Lindberg Sjöberg Åström Ågren Wikström Burman "
        "Forsberg Holmström Lundqvist Nordin Berglund Sandberg Ek Isaksson Sundström").split()
MUNICIPALITIES = ("Umeå Skellefteå Lycksele Vilhelmina Storuman Sorsele Malå Norsjö Robertsfors "
                  "Vindeln Vännäs Nordmaling Bjurholm Dorotea Åsele Luleå Piteå Boden Kiruna "
                  "Gällivare Arjeplog Arvidsjaur Älvsbyn Överkalix Östersund Örnsköldsvik "
                  "Sundsvall Härnösand Kramfors Sollefteå").split()
OTHERS = ["Region Västerbotten", "Region Norrbotten", "Region Jämtland Härjedalen",
          "Länsstyrelsen i Västerbottens län", "Umeå universitet", "Luleå tekniska universitet",
          "Skatteverket", "Trafikverket", "Norrlandsfonden", "Tieto Sverige AB"]
TITLES = ["", "Kommunchef", "IT-strateg", "Utvecklingsledare", "Näringslivsutvecklare",
          "Digitaliseringsstrateg", "Enhetschef", "Projektledare", "Systemförvaltare", "Rektor"]
DIETS = ["", "", "", "", "Vegetarisk", "Glutenfri", "Laktosfri", "Vegansk", "Nötallergi"]


def ascii_part(text):
    table = str.maketrans("åäöÅÄÖëË", "aaoAAOeE")
    return text.translate(table).lower().replace(" ", "")


def people(count, seed):
    rng = random.Random(seed)
    organisations = [m + " kommun" for m in MUNICIPALITIES] + OTHERS
    for i in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        org = rng.choice(organisations)
        domain = ascii_part(org.split()[0]) + ".example.se"
        yield [first, last, f"{ascii_part(first)}.{ascii_part(last)}{i}@{domain}", org,
               rng.choice(TITLES), rng.choice(DIETS),
               f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d} "
               f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", f"R{i + 1:07d}"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=2016)
    parser.add_argument("--change-share", type=float, default=0.0)
    parser.add_argument("--no-codes", action="store_true")
    args = parser.parse_args()
    columns = 7 if args.no_codes else 8
    changer = random.Random(args.seed + 1)
    with open(args.out, "w", encoding="utf-8-sig", newline="") as out:
        header = ["Förnamn", "Efternamn", "E-post", "Organisation", "Befattning", "Specialkost",
                  "Anmäld", "Kod"]
        out.write(";".join(header[:columns]) + "\r\n")
        for row in people(args.count, args.seed):
            if args.change_share and changer.random() < args.change_share:
                row[4] = changer.choice(TITLES[1:]) + " (ny)"
                row[5] = changer.choice(DIETS[4:])
            out.write(";".join(row[:columns]) + "\r\n")


if __name__ == "__main__":
    main()
