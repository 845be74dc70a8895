"""The sections' words in the languages most European news is written in, and in
Russian and Indonesian.

settings.ENGLISH_SECTION_WORDS file a story by the English words it uses; a German,
French, Spanish, Italian, Portuguese, Dutch, Russian or Indonesian story uses none
of them and went to the default section whatever it was about. These are the same
kinds of words in those languages, lower case as the converter compares them (a
Russian noun in the cases news most often writes it in). Left out, as in the
English lists: a word of a language that is also an English word with another
sense ("premier", "mode", "roman", Dutch "milieu"), and a word that says two things in its own
language (Spanish "partido" is a party and a match, Portuguese "receita" a recipe
and revenue, Russian "партия" a party and a game, "акции" shares and campaigns,
Indonesian "pemain" a player and an actor), a word a byline writes ("penulis",
the writer), and a word that is the English word itself where the English list
leaves it out (Indonesian "investor"): a language's list files no English page
otherwise than before.
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
        "ru": "правительство правительства правительству выборы выборов выборах президент "
              "президента президентом министр министра министры парламент парламента депутаты "
              "депутатов госдума госдумы кремль кремля оппозиция оппозиции губернатор губернатора",
        "id": "pemerintah presiden menteri pemilu pilkada parlemen dpr partai politik gubernur "
              "bupati oposisi",
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
        "ru": "экономика экономики экономике компания компании банк банка банки рынок рынка "
              "рынке инфляция инфляции налоги налогов биржа биржи инвесторы инвесторов",
        "id": "ekonomi perusahaan pasar inflasi pajak saham bursa rupiah",
    },
    "Technology": {
        "de": "technologie digitalisierung künstliche",
        "fr": "numérique logiciel logiciels informatique ordinateur ordinateurs",
        "es": "tecnología tecnológica inteligencia ordenador computadora aplicación "
              "aplicaciones",
        "it": "tecnologia tecnologico intelligenza informatica",
        "pt": "tecnológico inteligência aplicativo aplicativos computador",
        "nl": "kunstmatige",
        "ru": "технологии технологий технология смартфон смартфона смартфонов искусственного "
              "нейросеть нейросети",
        "id": "teknologi aplikasi kecerdasan ponsel",
    },
    "Science": {
        "de": "wissenschaft wissenschaftler forscher forschung weltraum astronomen",
        "fr": "scientifiques chercheurs astronomes planète",
        "es": "científicos investigadores ciencia científica astrónomos planeta",
        "it": "scienziati ricercatori scienza scientifica astronomi pianeta",
        "pt": "cientistas pesquisadores ciência astrônomos",
        "nl": "wetenschappers onderzoekers wetenschap",
        "ru": "учёные ученые исследователи наука науки астрономы планеты космос космоса",
        "id": "ilmuwan peneliti penelitian sains astronom",
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
        "ru": "здоровье здоровья больница больницы больнице врачи врачей врач пациенты "
              "пациентов болезнь болезни заболевания вакцина вакцины вакцинации медицины",
        "id": "kesehatan dokter pasien penyakit vaksin vaksinasi kanker",
    },
    "Sport": {
        "de": "fußball bundesliga spieler mannschaft meisterschaft verein weltmeisterschaft",
        "fr": "joueurs joueur entraîneur championnat ligue sélectionneur olympiques",
        "es": "fútbol jugadores jugador entrenador liga campeonato goles olímpicos",
        "it": "calcio giocatori giocatore allenatore campionato squadra olimpiadi",
        "pt": "futebol jogadores jogador treinador gols",
        "nl": "voetbal spelers speler eredivisie kampioenschap elftal olympische",
        "ru": "футбол футбола футболу матч матча матче чемпионат чемпионата игроки игроков "
              "тренер тренера сборная сборной хоккей хоккея олимпийских олимпиады",
        "id": "sepakbola pelatih pertandingan liga kejuaraan timnas olimpiade",
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
        "ru": "культура культуры кино фильм фильма фильмы музыка музыки концерт концерта "
              "выставка выставки музей музея театр театра писатель писателя художник художника",
        "id": "budaya kebudayaan musik konser pameran museum teater seniman",
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
        "ru": "климат климата климатических экология экологии выбросы выбросов наводнение "
              "наводнения засуха засухи загрязнение загрязнения",
        "id": "iklim lingkungan emisi banjir kekeringan polusi pencemaran",
    },
    "Lifestyle": {
        "de": "rezept rezepte küche reise urlaub garten",
        "fr": "recette recettes voyage vacances jardin",
        "es": "receta recetas cocina viaje viajes vacaciones moda jardín",
        "it": "ricetta ricette cucina viaggio viaggi vacanze giardino",
        "pt": "cozinha viagem viagens férias jardim",
        "nl": "recept recepten keuken reis reizen vakantie tuin",
        "ru": "рецепт рецепты рецепта кухня путешествие путешествия отпуск отпуска",
        "id": "resep masakan wisata liburan kebun",
    },
}


def words_of(section: str) -> tuple[str, ...]:
    """Every language's words for a section, in the order of WORDS."""
    return tuple(w for words in WORDS.get(section, {}).values() for w in words.split())
