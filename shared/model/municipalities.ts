// Dutch municipalities (CBS gemeentecodes) as of 2023–2026, and municipalities
// merged since 2017 mapped to their successors.

/** One municipality of the built-in list. */
export interface Municipality {
  code: string;
  name: string;
}

const current = `
1680 Aa en Hunze
0358 Aalsmeer
0197 Aalten
0059 Achtkarspelen
0482 Alblasserdam
0613 Albrandswaard
0361 Alkmaar
0141 Almelo
0034 Almere
0484 Alphen aan den Rijn
1723 Alphen-Chaam
1959 Altena
0060 Ameland
0307 Amersfoort
0362 Amstelveen
0363 Amsterdam
0200 Apeldoorn
0202 Arnhem
0106 Assen
0743 Asten
0744 Baarle-Nassau
0308 Baarn
0489 Barendrecht
0203 Barneveld
0888 Beek (L.)
1954 Beekdaelen
0889 Beesel
1945 Berg en Dal
1724 Bergeijk
0893 Bergen (L.)
0373 Bergen (NH.)
0748 Bergen op Zoom
1859 Berkelland
1721 Bernheze
0753 Best
0209 Beuningen
0375 Beverwijk
0310 De Bilt
1728 Bladel
0376 Blaricum
0377 Bloemendaal
1901 Bodegraven-Reeuwijk
0755 Boekel
1681 Borger-Odoorn
0147 Borne
0654 Borsele
0757 Boxtel
0758 Breda
1876 Bronckhorst
0213 Brummen
0899 Brunssum
0312 Bunnik
0313 Bunschoten
0214 Buren
0502 Capelle aan den IJssel
0383 Castricum
0109 Coevorden
1706 Cranendonck
0216 Culemborg
0148 Dalfsen
1891 Dantumadiel
0503 Delft
0762 Deurne
0150 Deventer
0384 Diemen
1980 Dijk en Waard
1774 Dinkelland
0221 Doesburg
0222 Doetinchem
0766 Dongen
0505 Dordrecht
0498 Drechterland
1719 Drimmelen
0303 Dronten
0225 Druten
0226 Duiven
1711 Echt-Susteren
0385 Edam-Volendam
0228 Ede
0317 Eemnes
1979 Eemsdelta
0770 Eersel
1903 Eijsden-Margraten
0772 Eindhoven
0230 Elburg
0114 Emmen
0388 Enkhuizen
0153 Enschede
0232 Epe
0233 Ermelo
0777 Etten-Leur
1940 De Fryske Marren
0779 Geertruidenberg
1771 Geldrop-Mierlo
1652 Gemert-Bakel
0907 Gennep
0784 Gilze en Rijen
1924 Goeree-Overflakkee
0664 Goes
0785 Goirle
1942 Gooise Meren
0512 Gorinchem
0513 Gouda
0518 's-Gravenhage
0014 Groningen
1729 Gulpen-Wittem
0158 Haaksbergen
0392 Haarlem
0394 Haarlemmermeer
1655 Halderberge
0160 Hardenberg
0243 Harderwijk
0523 Hardinxveld-Giessendam
0072 Harlingen
0244 Hattem
0396 Heemskerk
0397 Heemstede
0246 Heerde
0074 Heerenveen
0917 Heerlen
1658 Heeze-Leende
0399 Heiloo
0400 Den Helder
0163 Hellendoorn
0794 Helmond
0531 Hendrik-Ido-Ambacht
0164 Hengelo (O.)
0796 's-Hertogenbosch
0252 Heumen
0797 Heusden
0534 Hillegom
0798 Hilvarenbeek
0402 Hilversum
1963 Hoeksche Waard
1735 Hof van Twente
1966 Het Hogeland
1911 Hollands Kroon
0118 Hoogeveen
0405 Hoorn
1507 Horst aan de Maas
0321 Houten
0406 Huizen
0677 Hulst
0353 IJsselstein
1884 Kaag en Braassem
0166 Kampen
0678 Kapelle
0537 Katwijk
0928 Kerkrade
1598 Koggenland
0542 Krimpen aan den IJssel
1931 Krimpenerwaard
1659 Laarbeek
1982 Land van Cuijk
0882 Landgraaf
0415 Landsmeer
1621 Lansingerland
0417 Laren (NH.)
0080 Leeuwarden
0546 Leiden
0547 Leiderdorp
1916 Leidschendam-Voorburg
0995 Lelystad
1640 Leudal
0327 Leusden
1705 Lingewaard
0553 Lisse
0262 Lochem
0809 Loon op Zand
0331 Lopik
0168 Losser
0263 Maasdriel
1641 Maasgouw
1991 Maashorst
0556 Maassluis
0935 Maastricht
0420 Medemblik
0938 Meerssen
1948 Meierijstad
0119 Meppel
0687 Middelburg (Z.)
1842 Midden-Delfland
1731 Midden-Drenthe
1952 Midden-Groningen
1709 Moerdijk
1978 Molenlanden
1955 Montferland
0335 Montfoort
0944 Mook en Middelaar
1740 Neder-Betuwe
0946 Nederweert
0356 Nieuwegein
0569 Nieuwkoop
0267 Nijkerk
0268 Nijmegen
1930 Nissewaard
1970 Noardeast-Fryslân
1695 Noord-Beveland
1699 Noordenveld
0171 Noordoostpolder
0575 Noordwijk
0820 Nuenen, Gerwen en Nederwetten
0302 Nunspeet
0579 Oegstgeest
0823 Oirschot
0824 Oisterwijk
1895 Oldambt
0269 Oldebroek
0173 Oldenzaal
1773 Olst-Wijhe
0175 Ommen
1586 Oost Gelre
0826 Oosterhout
0085 Ooststellingwerf
0431 Oostzaan
0432 Opmeer
0086 Opsterland
0828 Oss
1509 Oude IJsselstreek
0437 Ouder-Amstel
0589 Oudewater
1734 Overbetuwe
0590 Papendrecht
1894 Peel en Maas
0765 Pekela
1926 Pijnacker-Nootdorp
0439 Purmerend
0273 Putten
0177 Raalte
0703 Reimerswaal
0274 Renkum
0339 Renswoude
1667 Reusel-De Mierden
0275 Rheden
0340 Rhenen
0597 Ridderkerk
1742 Rijssen-Holten
0603 Rijswijk (ZH.)
1669 Roerdalen
0957 Roermond
0736 De Ronde Venen
1674 Roosendaal
0599 Rotterdam
0277 Rozendaal
0840 Rucphen
0441 Schagen
0279 Scherpenzeel
0606 Schiedam
0088 Schiermonnikoog
1676 Schouwen-Duiveland
0965 Simpelveld
0845 Sint-Michielsgestel
1883 Sittard-Geleen
0610 Sliedrecht
1714 Sluis
0090 Smallingerland
0342 Soest
0847 Someren
0848 Son en Breugel
0037 Stadskanaal
0180 Staphorst
0532 Stede Broec
0851 Steenbergen
1708 Steenwijkerland
0971 Stein (L.)
1904 Stichtse Vecht
1900 Súdwest-Fryslân
0715 Terneuzen
0093 Terschelling
0448 Texel
1525 Teylingen
0716 Tholen
0281 Tiel
0855 Tilburg
0183 Tubbergen
1700 Twenterand
1730 Tynaarlo
0737 Tytsjerksteradiel
0450 Uitgeest
0451 Uithoorn
0184 Urk
0344 Utrecht
1581 Utrechtse Heuvelrug
0981 Vaals
0994 Valkenburg aan de Geul
0858 Valkenswaard
0047 Veendam
0345 Veenendaal
0717 Veere
0861 Veldhoven
0453 Velsen
0983 Venlo
0984 Venray
1961 Vijfheerenlanden
0622 Vlaardingen
0096 Vlieland
0718 Vlissingen
0986 Voerendaal
1992 Voorne aan Zee
0626 Voorschoten
0285 Voorst
0865 Vught
1949 Waadhoeke
0866 Waalre
0867 Waalwijk
0627 Waddinxveen
0289 Wageningen
0629 Wassenaar
0852 Waterland
0988 Weert
1960 West Betuwe
0668 West Maas en Waal
1969 Westerkwartier
1701 Westerveld
0293 Westervoort
1950 Westerwolde
1783 Westland
0098 Weststellingwerf
0189 Wierden
0296 Wijchen
1696 Wijdemeren
0352 Wijk bij Duurstede
0294 Winterswijk
0873 Woensdrecht
0632 Woerden
1690 De Wolden
0880 Wormerland
0351 Woudenberg
0479 Zaanstad
0297 Zaltbommel
0473 Zandvoort
0050 Zeewolde
0355 Zeist
0299 Zevenaar
0637 Zoetermeer
0638 Zoeterwoude
1892 Zuidplas
0879 Zundert
0301 Zutphen
1896 Zwartewaterland
0642 Zwijndrecht
0193 Zwolle
`;

// Old code, old name, successor code (merger year in the comment group).
const merged = `
0457 Weesp 0363
0501 Brielle 1992
0530 Hellevoetsluis 1992
0614 Westvoorne 1992
0370 Beemster 0439
0398 Heerhugowaard 1980
0416 Langedijk 1980
0756 Boxmeer 1982
1684 Cuijk 1982
0786 Grave 1982
0815 Mill en Sint Hubert 1982
1702 Sint Anthonis 1982
1685 Landerd 1991
0856 Uden 1991
0003 Appingedam 1979
0010 Delfzijl 1979
0024 Loppersum 1979
0738 Aalburg 1959
0870 Werkendam 1959
0874 Woudrichem 1959
0689 Giessenlanden 1978
1927 Molenwaard 1978
0585 Binnenmaas 1963
0611 Cromstrijen 1963
0588 Korendijk 1963
0584 Oud-Beijerland 1963
0617 Strijen 1963
0545 Leerdam 1961
0707 Zederik 1961
0620 Vianen 1961
0236 Geldermalsen 1960
0304 Lingewaal 1960
0733 Neerijnen 1960
0017 Haren 0014
0009 Ten Boer 0014
0005 Bedum 1966
1663 De Marne 1966
1651 Eemsmond 1966
0053 Winsum 1966
0015 Grootegast 1969
0022 Leek 1969
0025 Marum 1969
0056 Zuidhorn 1969
0058 Dongeradeel 1970
1722 Ferwerderadiel 1970
0079 Kollumerland en Nieuwkruisland 1970
0951 Nuth 1954
0881 Onderbanken 1954
0962 Schinnen 1954
0393 Haarlemmerliede en Spaarnwoude 0394
0576 Noordwijkerhout 0575
0018 Hoogezand-Sappemeer 1952
1987 Menterwolde 1952
0040 Slochteren 1952
0007 Bellingwedde 1950
0048 Vlagtwedde 1950
0081 Leeuwarderadeel 0080
0070 Franekeradeel 1949
0063 het Bildt 1949
1908 Menameradiel 1949
0196 Rijnwaarden 0299
0844 Schijndel 1948
0846 Sint-Oedenrode 1948
0860 Veghel 1948
`;

const lines = (text: string) => text.trim().split('\n');
const gm = (digits: string) => `GM${digits}`;

/** The current municipalities, by CBS code (`GM0505`). */
export const municipalities: ReadonlyMap<string, Municipality> = new Map(
  lines(current).map((line) => {
    const code = gm(line.slice(0, 4));
    return [code, { code, name: line.slice(5) }];
  }),
);

/** Merged municipalities: old code → the code of the municipality it became part of. */
export const successors: ReadonlyMap<string, string> = new Map(
  lines(merged).map((line) => [gm(line.slice(0, 4)), gm(line.slice(-4))]),
);

const mergedNames = new Map(lines(merged).map((line) => [gm(line.slice(0, 4)), line.slice(5, -5)]));

/** CBS's code for the whole country, used for the national reference figure. */
export const NATIONAL = 'NL01';

/** Name of a current or merged municipality (or of the country). */
export function municipalityName(code: string): string | null {
  if (code === NATIONAL) return 'Nederland';
  return municipalities.get(code)?.name ?? mergedNames.get(code) ?? null;
}

/**
 * The municipalities of some codes as a Dutch list, by name: "Dordrecht en
 * Zwijndrecht"; beyond eight, "12 gemeenten". Null when none has a name.
 */
export function municipalityList(codes: readonly string[]): string | null {
  const names = [
    ...new Set(
      codes.map((c) => municipalityName(currentMunicipality(c))).filter((n) => n !== null),
    ),
  ].sort((a, b) => a.localeCompare(b, 'nl'));
  if (names.length === 0) return null;
  if (names.length > 8) return `${names.length} gemeenten`;
  return names.length === 1
    ? (names[0] as string)
    : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
}

/** The current municipality a (possibly merged) code belongs to now. */
export function currentMunicipality(code: string): string {
  let c = code;
  for (let hops = 0; hops < 5; hops++) {
    const next = successors.get(c);
    if (!next) break;
    c = next;
  }
  return c;
}

const simplify = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

const byName = (() => {
  const names = new Map<string, string>();
  const bases = new Map<string, string[]>();
  const add = (name: string, code: string) => {
    names.set(simplify(name), code);
    const base = name.replace(/\s*\(.*\)$/, '');
    if (base !== name) bases.set(simplify(base), [...(bases.get(simplify(base)) ?? []), code]);
  };
  for (const [code, name] of mergedNames) add(name, code);
  for (const { code, name } of municipalities.values()) add(name, code);
  for (const [base, codes] of bases) if (codes.length === 1 && codes[0]) names.set(base, codes[0]);
  names.set(simplify('Den Haag'), 'GM0518');
  names.set(simplify('Den Bosch'), 'GM0796');
  return names;
})();

/**
 * A municipality as exports write it: a CBS code (`GM0505`, `0505`, `505`) or
 * a name. `null` when the name is not in the built-in list.
 */
export function parseMunicipality(value: string | number): string | null {
  const text = String(value).trim();
  if (/^nl0?1$/i.test(text) || /^nederland$/i.test(text)) return NATIONAL;
  const code = /^(?:gm)?\s*0*(\d{1,4})$/i.exec(text);
  if (code?.[1]) return gm(code[1].padStart(4, '0'));
  return byName.get(simplify(text)) ?? null;
}
