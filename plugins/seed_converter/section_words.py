"""The sections' words in the languages most European news is written in.

settings.ENGLISH_SECTION_WORDS file a story by the English words it uses; a German,
French, Spanish, Italian, Portuguese or Dutch story uses none of them and went to
the default section whatever it was about. These are the same kinds of words in
those languages, lower case as the converter compares them. Left out, as in the
English lists: a word of a language that is also an English word with another
sense ("premier", "mode", "roman", Dutch "milieu"), and a word that says two things in its own
language (Spanish "partido" is a party and a match, Portuguese "receita" a recipe
and revenue).
"""

from __future__ import annotations

# Section → language → words.
WORDS: dict[str, dict[str, str]] = {
    "Politics": {
        "de": "regierung bundesregierung bundestag kanzler kanzlerin wahl wahlen wahlkampf "
              "partei parteien koalition abgeordnete abgeordneten parlament präsident "
              "ministerin bürgermeister",
        "fr": "gouvernement ministre élection élections parlement députés député sénat "
              "président présidentielle politique maire législatives",
        "es": "gobierno ministro ministra elecciones parlamento congreso diputados senado "
              "presidente política político políticos alcalde oposición",
        "it": "governo elezioni deputati senato politica politico sindaco partito partiti "
              "opposizione",
        "pt": "eleição eleições congresso deputados senado prefeito oposição",
        "nl": "regering kabinet verkiezingen parlement kamerleden politiek burgemeester "
              "partij partijen oppositie coalitie",
    },
    "Business": {
        "de": "wirtschaft unternehmen aktien börse konzern umsatz gewinn steuern "
              "arbeitsmarkt arbeitslosigkeit investoren zinsen",
        "fr": "économie économique entreprise entreprises bourse banque banques impôts "
              "chômage croissance investisseurs salariés marché marchés",
        "es": "economía económico económica empresa empresas bolsa inflación banco bancos "
              "impuestos desempleo inversores mercado mercados",
        "it": "economia economico azienda aziende borsa inflazione banca banche tasse "
              "disoccupazione investitori mercato mercati",
        "pt": "econômico económico inflação impostos desemprego investidores juros",
        "nl": "economie economische bedrijf bedrijven beurs inflatie belasting werkloosheid "
              "beleggers markt",
    },
    "Technology": {
        "de": "technologie digitalisierung künstliche",
        "fr": "numérique logiciel logiciels informatique ordinateur ordinateurs",
        "es": "tecnología tecnológica inteligencia ordenador computadora aplicación "
              "aplicaciones",
        "it": "tecnologia tecnologico intelligenza informatica",
        "pt": "tecnológico inteligência aplicativo aplicativos computador",
        "nl": "kunstmatige",
    },
    "Science": {
        "de": "wissenschaft wissenschaftler forscher forschung weltraum astronomen",
        "fr": "scientifiques chercheurs astronomes planète",
        "es": "científicos investigadores ciencia científica astrónomos planeta",
        "it": "scienziati ricercatori scienza scientifica astronomi pianeta",
        "pt": "cientistas pesquisadores ciência astrônomos",
        "nl": "wetenschappers onderzoekers wetenschap",
    },
    "Health": {
        "de": "gesundheit krankenhaus krankenhäuser ärzte arzt patienten krankheit impfung "
              "impfstoff krebs pflege",
        "fr": "santé hôpital hôpitaux médecins médecin maladie vaccin vaccins soins",
        "es": "salud médicos médico pacientes enfermedad vacuna vacunas cáncer sanitario "
              "sanidad",
        "it": "salute ospedale ospedali medici pazienti malattia vaccino vaccini sanità "
              "tumore",
        "pt": "saúde doença vacina câncer cancro",
        "nl": "gezondheid ziekenhuis ziekenhuizen artsen patiënten ziekte kanker",
    },
    "Sport": {
        "de": "fußball bundesliga spieler mannschaft meisterschaft verein weltmeisterschaft",
        "fr": "joueurs joueur entraîneur championnat ligue sélectionneur olympiques",
        "es": "fútbol jugadores jugador entrenador liga campeonato goles olímpicos",
        "it": "calcio giocatori giocatore allenatore campionato squadra olimpiadi",
        "pt": "futebol jogadores jogador treinador gols",
        "nl": "voetbal spelers speler eredivisie kampioenschap elftal olympische",
    },
    "Culture": {
        "de": "kultur kino filme musik konzert ausstellung schriftsteller künstler",
        "fr": "cinéma musique exposition musée théâtre romancier écrivain artiste chanteur "
              "chanteuse",
        "es": "cine música concierto exposición museo teatro novela escritor escritora "
              "artista cantante película películas",
        "it": "musica mostra romanzo scrittore",
        "pt": "exposição museu cantor cantora filme filmes",
        "nl": "cultuur bioscoop muziek tentoonstelling schrijver kunstenaar zanger zangeres",
    },
    "Environment": {
        "de": "klima klimawandel umwelt emissionen erneuerbare überschwemmung hochwasser "
              "dürre artenvielfalt",
        "fr": "climat climatique environnement émissions renouvelables inondations "
              "sécheresse biodiversité",
        "es": "clima climático ambiental emisiones renovables inundaciones sequía "
              "contaminación biodiversidad",
        "it": "climatico ambiente ambientale emissioni rinnovabili alluvione siccità "
              "inquinamento",
        "pt": "climática emissões renováveis enchentes poluição desmatamento",
        "nl": "klimaat uitstoot overstromingen droogte biodiversiteit",
    },
    "Lifestyle": {
        "de": "rezept rezepte küche reise urlaub garten",
        "fr": "recette recettes voyage vacances jardin",
        "es": "receta recetas cocina viaje viajes vacaciones moda jardín",
        "it": "ricetta ricette cucina viaggio viaggi vacanze giardino",
        "pt": "cozinha viagem viagens férias jardim",
        "nl": "recept recepten keuken reis reizen vakantie tuin",
    },
}


def words_of(section: str) -> tuple[str, ...]:
    """Every language's words for a section, in the order of WORDS."""
    return tuple(w for words in WORDS.get(section, {}).values() for w in words.split())
