"""Named rules for page furniture: each a pattern and the reason it is not article text.

Patterns match a whole line (case-insensitive, after trimming). They describe kinds
of furniture every news page has, never the lines of a particular page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    reason: str
    # Furniture is labels and short notices: a longer line is never this rule's,
    # and is not matched against it (long paragraphs cost the most to match).
    max_chars: int = 300
    # A cheap test that the pattern cannot match the line, for a pattern that has
    # to scan a whole paragraph to fail: a True answer skips the pattern.
    ruled_out: Callable[[str], bool] | None = None


def _rule(name: str, pattern: str, reason: str, max_chars: int = 300,
          ruled_out: Callable[[str], bool] | None = None) -> Rule:
    return Rule(name, re.compile(rf"^(?:{pattern})$", re.IGNORECASE), reason, max_chars,
                ruled_out)


SHARE_NETWORKS = (
    "facebook|twitter|x|telegram|whatsapp|linkedin|pinterest|reddit|e-?mail|print|"
    "tumblr|vk|xing|messenger|pocket|flipboard|instagram|youtube|tiktok|mastodon|"
    "bluesky|threads|snapchat|rss|copy link|copy|sms|line|viber|weibo|wechat|google\\+?|"
    "buffer|digg|stumbleupon|skype|odnoklassniki|ok|qzone"
)

# Networks a publisher asks its readers to follow it on.
SOCIAL_NETWORKS = (r"(?:youtube|twitter|x|facebook|instagram|tiktok|linkedin|pinterest|threads|"
                   r"bluesky|mastodon|snapchat|whatsapp|telegram)")

# The words a caption's credit follows ("Photo: …", "Image by …").
CAPTION_WORDS = r"(?:photo(?:graph)?|image|picture|credit|foto|bild|illustration|imagen|immagine)"
CAPTION_WORD = re.compile(CAPTION_WORDS, re.IGNORECASE)


def _not_caption(text: str) -> bool:
    """No caption word after the line's last '.', '!' or '?' (other than a '...' after
    the word): the caption pattern cannot match, as nothing after its caption word
    but that '...' ends a sentence. Most paragraphs end in a full stop."""
    last = max(text.rfind("."), text.rfind("!"), text.rfind("?"))
    return (last >= 0 and not text.endswith("...", 0, last + 1)
            and CAPTION_WORD.search(text, last + 1) is None)


def _holds_none(text: str, words: tuple[str, ...]) -> bool:
    """The line holds none of the words (any case): a rule whose every match holds one
    of them cannot match it, and its pattern, which scans from each of a paragraph's
    first few hundred characters, need not run."""
    lower = text.lower()
    return not any(word in lower for word in words)


# Words one of which every appeal of the publisher's ("support-appeal") holds.
APPEAL_WORDS = ("consider", "paid", "readers like you", "independent", "appreciated",
                "enjoyed this", "liked this")


def _no_appeal_word(text: str) -> bool:
    return _holds_none(text, APPEAL_WORDS)


# Headers of lists of other stories, in the languages most news is written in.
RELATED_PHRASES = (
    r"related(?: posts| articles| stories| news| content| coverage| reading)?|"
    r"(?:you )?(?:may|might) also (?:like|be interested in)|"
    r"most (?:read|popular|viewed|shared|commented)(?: .{0,30})?|read next|"
    r"what to read next|more stories|"
    r"recommended(?: for you| stories)?|around the web|from the web|"
    r"lesen sie auch|mehr zum thema|weitere artikel|das könnte sie auch interessieren|"
    r"(?:à )?lire aussi|sur le même sujet|leia (?:também|mais)|veja também|"
    r"lee también|noticias relacionadas|artículos relacionados|te puede interesar|"
    r"leggi anche|articoli correlati|lees ook|gerelateerde artikelen|czytaj (?:także|też)|"
    r"читайте также|похожие (?:статьи|новости)|ещё по теме"
)
SECTION_HEADER = _rule(
    "section-header",
    rf"(?:{RELATED_PHRASES}|recent posts|trending(?: now)?|popular(?: posts| stories)?|"
    r"more (?:from|on|in|about) .{0,40}|read (?:more|also)|also read|see also|see more|"
    r"don'?t miss|top stories|"
    r"latest(?: news| posts| stories| videos)?|editor'?s picks|categories|tags|archives|"
    r"recent comments):?",
    "the header of a list of other stories",
)
# Headers after which the next few lines are other stories' headlines.
LIST_HEADERS: tuple[Rule, ...] = (SECTION_HEADER,)

# A copyright line's rule: the site's name is read from such lines (site_name.py).
COPYRIGHT_LINE = "copyright"

FURNITURE_RULES: tuple[Rule, ...] = (
    _rule("share-label", rf"(?:(?:share|teilen|partager|compartir|condividi|compartilhar|"
          rf"delen|udostępnij)(?: (?:this |it )?(?:on|via|to|with|auf|sur|en|em|op|na))?:? )?"
          rf"(?:{SHARE_NETWORKS})(?:\s*[/|•·,]?\s*(?:{SHARE_NETWORKS}))*\+?",
          "share-button labels name networks, not news"),
    _rule("share-click", r"click to (?:share|print|email|e-mail|tweet)\b.*|"
          r".{0,60}\(opens in (?:a )?new window\)|share (?:this )?(?:on|via|with) .{0,30}|"
          r"(?:show )?(?:more|all) sharing options.*|share all sharing options.*|"
          r"copy (?:this )?link|print this (?:article|page|story)|e-?mail this (?:article|story)",
          "a share or print button's label"),
    _rule("share-prompt", r"share(?: this| the)?(?: article| story| post| page)?[:!.]?"
          r"|(?:\d+\s+)?shares?|tweet(?: this)?|pin it",
          "a prompt to share the page"),
    _rule("comment-prompt",
          r"leave a (?:comment|reply)|post (?:a )?comment|add (?:a )?comment|"
          r"(?:\d+\s+)?comments?|no comments(?: yet)?|join the (?:conversation|discussion)|"
          r"show comments|view comments|comment(?: now)?:?|reply|cancel reply|"
          r"(?:your )?(?:name|email|website|comment)\s*\*?",
          "a comment form or its labels"),
    _rule("comment-notice",
          r"your email address will not be published\.?.*|"
          r"required fields are marked.*|"
          r"save my name, email.*|notify me of .*(?:comments|posts).*",
          "the small print under a comment form"),
    SECTION_HEADER,
    _rule("follow-prompt",
          r"follow us(?: on .{0,40})?:?|connect with us|stay connected|find us on .{0,30}|"
          r"like us on facebook|subscribe(?: now| today)?[.!]?|"
          r"sign up(?: for (?:our|the) .{0,40})?[.!]?|newsletter|get our newsletter",
          "a prompt to follow or subscribe"),
    _rule("advert", r"advertisement|advertising|sponsored(?: content)?|ad|ads|"
          r"promoted(?: stories)?|partner content|paid content",
          "an advertising label"),
    _rule("cookie-notice",
          r".{0,80}\b(?:uses?|use of) cookies\b.*|accept(?: all)?(?: cookies)?|"
          r"cookie (?:policy|settings|preferences)|manage (?:cookies|preferences)|"
          r"i agree|got it!?|ok(?:ay)?",
          "a cookie or consent notice"),
    _rule("legal-links",
          r"privacy(?: policy| notice)?|terms(?: of (?:use|service))?(?: (?:&|and) conditions)?|"
          r"terms (?:&|and) conditions|contact(?: us)?|about(?: us)?|imprint|impressum|"
          r"sitemap|careers|jobs|advertise(?: with us)?|accessibility",
          "a footer link"),
    _rule(COPYRIGHT_LINE, r"(?:©|\(c\)|copyright\b).*|.*\ball rights reserved\b.*",
          "a copyright line"),
    _rule("disclaimer", r"disclaimer\b.*",
          "a disclaimer is the publisher's, not the story's"),
    _rule("navigation",
          r"skip to (?:main )?content|(?:main )?menu|search(?: for)?:?|home(?: page)?|"
          r"log ?in|sign ?in|log ?out|register|close|back to top|next|previous|"
          r"next (?:post|article)|previous (?:post|article)|toggle navigation|open menu|"
          r"continue reading.{0,40}|read (?:the )?full (?:story|article)|view (?:all|more)|"
          r"load more|show more|see all|more\.{3}|…",
          "a navigation control"),
    _rule("photo-credit",
          r"(?:photo|image|picture|illustration|credit|source)s?:\s*.{0,80}|"
          r"\((?:photo|image|picture)[^)]{0,80}\)|getty images|reuters|afp|ap photo.*",
          "an image credit (captions are not kept: the images are gone)"),
    _rule("caption",
          rf".{{0,400}}\b{CAPTION_WORDS}s?(?:\s*(?::|by\b|\.\.\.|©)|\s+credit:?)\s*[^.!?]{{0,80}}\)?",
          "an image caption ending in its credit (captions are not kept: the images are gone)",
          max_chars=520, ruled_out=_not_caption),
    _rule("newsletter",
          r".{0,80}\bnewsletters?\b.{0,80}|no spam.{0,80}|.{0,40}\bunsubscribe\b.{0,80}|"
          r"(?:enter|your) (?:e-?mail|email address).{0,40}|sign up.{0,60}",
          "a newsletter sign-up box"),
    _rule("reading-time",
          r"\d+\s*(?:min(?:ute)?s?|minutos?|minuten|minuti)\.?\s*(?:read|de leitura|"
          r"de lectura|lesezeit|lettura)|(?:reading time|tempo de leitura|tiempo de lectura|"
          r"lesezeit|temps de lecture):?\s*\d+.{0,20}",
          "the page's reading-time label"),
    _rule("symbols-only", r"[\W_]+",
          "no letters or digits: separators and icons"),
)

# An image's credit line: "Photo via Unsplash", "Image by Jane Doe", "Picture courtesy
# of the council" (a headline never; inside a story, the credit of a picture that is gone).
IMAGE_WORDS = r"(?:photo|image|picture|illustration)"
IMAGE_BY = r"\s+(?:via|by|courtesy(?: of)?)\s+.{1,60}"

# The labels of a small site's menu ("Home Blog About Contact"), each capitalised as
# a menu writes it.
MENU_LABELS = (
    "home", "blog", "about", "contact", "docs", "documentation", "projects", "archive",
    "archives", "rss", "github", "newsletter", "subscribe", "search", "portfolio", "résumé",
    "resume", "cv", "talks", "now", "uses", "notes", "posts", "tags", "categories", "menu",
    "shop", "store", "login", "sponsor", "donate", "support", "faq", "pricing", "features",
    "products", "services", "team", "careers", "events", "news", "press", "podcast", "videos",
    "photos", "links", "feed", "gallery", "writing", "articles", "books", "speaking",
)
MENU_LABEL = "(?-i:" + "|".join(f"{w.capitalize()}|{w.upper()}" for w in MENU_LABELS) + ")"
# A menu's label on a line of its own, as a site's menu sets them one under another
# ("Home" / "About" / "Contact"), in English and in the other languages most news is
# written in ("Accueil" / "À propos", "Inicio" / "Sobre mí", "Startseite" / "Über mich").
MENU_ITEM = re.compile(
    r"^(?:" + "|".join(MENU_LABELS) + r"|about (?:me|us)|contact (?:me|us)|"
    r"accueil|à propos|archives du blog|inicio|sobre (?:mí|nosotros|nós)|contacto|contato|"
    r"início|startseite|über (?:mich|uns)|kontakt|impressum|chi siamo|contatti|"
    r"over (?:mij|ons)|ask me anything|submit)$", re.IGNORECASE)

# The home page's name in a breadcrumb's trail, in the languages most news is written in.
HOME_WORDS = r"(?:home|accueil|inicio|início|startseite|pagina iniziale)"
# A link of the site's account menu: to sign in, to sign up, to one's account.
ACCOUNT_ACTION = (r"(?:sign ?in|sign ?up|sign ?out|log ?in|log ?out|register|subscribe|"
                  r"create (?:an |your )?account|my account|join(?: now)?|"
                  r"anmelden|registrieren|se connecter|s'inscrire|iniciar sesión|regístrate|"
                  r"registrarse|accedi|registrati)")

# A trail from the home page names its place with one separator: "Home » Website
# Builders"; with a slash, a bar or a dash, which headlines also use after the
# word ("Home/Away: …", "Home – where …"), two: "Home - Library - Blog - How …".
# Never a headline, and never the story's text (revising drops it there too).
HOME_TRAIL = _rule(
    "home-trail",
    rf"{HOME_WORDS}\s*(?:[>›»]\s*\S.*|(?:[/|]|\s[-–—]\s).*?(?:[/|]|\s[-–—]\s).*)",
    "a breadcrumb's trail from the home page (\"Home » Blogs » …\"): the story's place "
    "on the site, never its name nor its text")

# Lines of the page's frame that stand alone, headline-sized, above many stories:
# where the headline model ranks one first, the next candidate is taken
# (labeller.first_headline). They are the shapes and wording of common site frameworks and
# consent tools, not of particular pages, and no line feature reads them: the body
# model already leaves such short lines out.
NOT_HEADLINES: tuple[Rule, ...] = (
    _rule("breadcrumb", r".*?(?:\s[>›»/]\s.*?){2}.*",
          "a breadcrumb's trail (\"Blog > Weight Loss > Tips\", \"Home / Renovations / "
          "Loans\") names the story's place on the site, never the story: two separators "
          "or more"),
    HOME_TRAIL,
    _rule("account-links",
          rf"{ACCOUNT_ACTION}(?:\s*[\s|/•·,]\s*{ACCOUNT_ACTION})+",
          "the site's account links in its header (\"Sign in Sign up\", \"Log in / "
          "Register\"), over every page of the site"),
    _rule("back-link",
          r"(?:[«←<‹]\s*)?(?:go )?(?:back|return) to (?:the |all |our |my )?(?:[\w'’&.-]+\s+){0,3}"
          r"(?:blogs?|articles?|list|overview|posts?|stories|news|newsroom|home ?page|home|"
          r"website|site|index|all)(?: (?:list|page|posts|articles))?\.?\s*[»→>›]?|"
          r"zurück (?:zur|zum) (?:übersicht|startseite|blog|liste|artikelübersicht)|"
          r"retour (?:à la liste|aux articles|à l'accueil|au blog|aux actualités)|"
          r"volver (?:al blog|a la lista|al inicio|a noticias)|"
          r"torna (?:al blog|all'elenco|alla home|alle notizie)",
          "a link back to the list the story was opened from (\"← Back to blog\", "
          "\"Zurück zur Übersicht\")"),
    # A headline never points: an arrow or a guillemet on one side only is a link to
    # the previous or next post ("← Previous: IDA Pro String Heuristics", "« In Defense
    # of Curiosity | Main", "Top 10 Stocks to Buy Now ›"); French quotes open and close.
    _rule("link-arrow", r"[«‹←]\s*[^»›]*|[^«‹]*[»›→]",
          "a link to the previous or next post, or to another page, with its arrow"),
    # A caption names what a picture shows, never the story, and where its picture is
    # gone only its credit in brackets is left to tell it: "The core stage of the first
    # SLS … (credit: NASA/Jude Guidry)", "… (Photo: Jane Doe)", "… (Image by …)".
    _rule("caption-credit",
          rf".{{1,500}}\((?:{IMAGE_WORDS}\s+)?(?:credit|{IMAGE_WORDS})s?\s*(?::|by\b)[^()]{{1,80}}\)",
          "a picture's caption closed by its credit in brackets: what the picture shows, "
          "never the story's name", max_chars=600),
    _rule(COPYRIGHT_LINE,
          r".*(?:©|\(c\)\s*\d{4}|\ball rights reserved\b).*|copyright\s+\d{4}\b.*",
          "a copyright notice (\"© 2012 HarperCollins Publishers\", \"All rights "
          "reserved\"): the page's or a source's, never the story's name", max_chars=600),
    _rule("field-list",
          r"[^|:]{1,30}:\s*[^|]{1,60}(?:\s*[|•·]\s*[^|:]{1,30}:\s*[^|]{1,60})+",
          "labelled fields side by side (\"Family: Rubiaceae | Place of Origin: Ethiopia\"): "
          "a fact box, never the story's name"),
    _rule("dated-entry", r"\d{4}-\d{2}-\d{2}\s+\S.*",
          "a line opening with an ISO date (\"2021-08-09 Emphasizing … tool choice steps.\", "
          "\"2022-04-12 Link to Choosing Software\"): an entry of a change log or of a list "
          "of posts, never the story's name"),
    # (Not four digits alone: a year, or a film's name, "1917"; nor a number with a
    # leading zero, which no count has: a project's name, "001".)
    _rule("bare-count", r"(?:[1-9]\d{0,2}(?:[.,]\d{3})*|[1-9]\d*(?:[.,]\d+)?\s?[km])\+?",
          "a number alone (\"27\", \"1.4K\", \"12,408\"): a count of claps, responses, "
          "shares or views beside the story, never its name"),
    _rule("tag-count", r"[^()]{1,40}\s*\(\d{1,3}\)",
          "a tag or a category with its count (\"privacy (62)\", \"Travel (14)\"): the "
          "site's list of them, never the story's name"),
    _rule("postal-address",
          r"(?:.{1,80},\s*)?[\w .'’-]{2,40},\s*[a-z]{2}\.?\s+\d{5}(?:-\d{4})?",
          "a town, state and ZIP code (\"Hunt Valley, MD 21031\"): the site's contact block, "
          "never a story's name"),
    _rule("site-banner",
          r"an official (?:website|site) of the .{3,60}|official websites use \.\w+.{0,40}|"
          r"secure \.\w+ websites use https.{0,40}|here['’]?s how you know",
          "a government site's banner, above every page of the site"),
    _rule("consent-heading",
          r"we (?:care about|value|respect) your privacy|your privacy (?:matters|choices)|"
          r"privacy preference cent(?:er|re)|manage (?:your )?(?:consent|privacy)"
          r"(?: preferences| settings)?|cookie (?:consent|notice|banner)|"
          r"this (?:web)?site uses cookies.{0,80}|"
          r"wir respektieren ihre privatsphäre|datenschutz-?einstellungen|cookie-einstellungen|"
          r"nous respectons votre vie privée|paramètres des cookies|gestion des cookies|"
          r"valoramos tu privacidad|configuración de (?:las )?cookies|"
          r"rispettiamo la tua privacy|impostazioni (?:dei )?cookie|"
          r"respeitamos a sua privacidade|definições de cookies|"
          r"wij respecteren uw privacy|cookie-?instellingen",
          "the heading of a consent or cookie dialog"),
    _rule("page-anchor",
          r"(?:back to |go to |jump to )?(?:the )?(?:top|bottom) of (?:the )?page|"
          r"(?:jump|skip) to (?:the )?(?:main )?(?:content|navigation|recipe)",
          "a link to another part of the same page"),
    _rule("part-label",
          r"tl;? ?dr:?|key (?:takeaways|insights|points|findings|highlights):?|"
          r"in this (?:article|post|guide|story):?|"
          r"(?:table of )?contents:?|on this page:?|featured in this (?:post|article|story)|"
          r"from (?:our|the) archives?|"
          r"inhalt(?:sverzeichnis)?:?|auf einen blick:?|sommaire:?|en bref:?|"
          r"(?:tabla de )?contenidos?:?|índice:?|indice:?|sommario:?|(?:inhoudsopgave|inhoud):?",
          "the label of a part of the page, not the story's name"),
    _rule("download-link",
          r".{1,120}\.(?:pdf|docx?|xlsx?|pptx?|odt|zip|epub)\s*\(\s*\d+(?:[.,]\d+)?\s*"
          r"(?:[kmg]i?b|bytes)\s*\)",
          "a file to download, named with its size"),
    _rule("blog-name",
          r"[^'’]{3,40}['’]s\s+(?:[\w-]+\s+){0,2}(?:blog|weblog|homepage)|"
          r"(?:the\s+)?(?-i:[A-Z])[\w.'’&-]*(?:\s+[\w.'’&-]+){0,2}\s+blog",
          "the name of a site's blog, over every post (\"Jane's Blog\", \"The GiveWell "
          "Blog\", \"Engora Data Blog\")"),
    _rule("image-credit", rf"{IMAGE_WORDS}{IMAGE_BY}|"
          # A cover's alt text over a blog post: "Cover image for <the headline>".
          rf"(?:cover|featured|header|hero) {IMAGE_WORDS} (?:for|of)\s.{{1,200}}",
          "an image's credit line, or its description"),
    _rule("menu-run",
          rf"(?:\S+\s+){{0,3}}(?:{MENU_LABEL}(?:\s+(?:me|us))?[\s•|·/,]+){{2,}}{MENU_LABEL}"
          rf"(?:\s+(?:me|us))?(?:\s+\S+){{0,2}}",
          "a small site's menu run onto one line (\"Home Blog About Contact\"): three labels "
          "in a row, with at most a few other words around them"),
)

# A button's label alone on its line inside the story: the page's call to act, never the
# story's text. Applied after the labeller (revising.drop_publishers_lines), as
# NOT_HEADLINES is: no feature reads them, so they take no retraining.
CALLS_TO_ACTION: tuple[Rule, ...] = (
    _rule("call-to-action",
          r"(?:👉\s*)?(?:book (?:(?:a|your) )?(?:free )?(?:demo|call|consultation|session|"
          r"free \w+)|"
          r"get started(?: for free| today| now)?|request (?:a |more )?(?:quote|demo|"
          r"information|free \w+)(?: for .{1,60})?|contact sales|"
          r"contact us(?: today| now| about your .{1,40})?|"
          # "Talk to an Expert", after the box's slogan: "Stop Searching & Start Winning.
          # Talk To Our Social Media Marketing Experts".
          r"(?:.{1,60}[.!?]\s+)?talk to (?:our|an?) (?:[\w-]+ ){0,4}(?:experts?|team|"
          r"specialists?|advisors?|consultants?)|"
          r"start (?:a |your )?free trial|try \w+ (?:for )?free|try it (?:for )?free|"
          r"buy now|shop now|order (?:now|today)|book (?:now|online|today)|"
          r"get in touch(?: today| now)?(?: to .{1,60})?|see (?:the )?(?:full )?list|"
          r"click here(?: to .{1,80})?|"
          r"sign up (?:for free|today|now)|schedule (?:a |your )?(?:free )?(?:demo|call|"
          r"consultation)|"
          # "Get a Quote", also with the firm, its number or its link's words after it:
          # "Get a Quote from Allied Van Lines", "Get A Quote (866) 377-8209".
          r"download now|get (?:a |an |your )?(?:free |instant )?(?:quote|demo|estimate)"
          r"(?: now| today)?(?: from (?:a local pro|(?-i:[A-Z])[\w.'’&-]*"
          r"(?:\s(?-i:[A-Z])[\w.'’&-]*){0,4})|\s*\(?\+?\d[\d\s().-]{6,}\d| links to .{1,80})?|"
          r"see more(?: reviews| rows| results| photos| deals)?|"
          # A lender's or a shop's button: "See Rates", "Compare today's rates".
          r"(?:see|compare|check) (?:(?:today['’]s|current|the latest) )?(?:rates|offers)|"
          r"claim (?:your|a) free [\w'’ -]{1,60}|"
          # A button's "Learn more" alone on its line (in 66 eval seeds; one truth keeps it).
          r"learn more(?: about us)?\s*[»→›>]?|"
          # Google's "preferred sources" prompt: "Add as a preferred source on Google",
          # "Click the button to make Frommer's a preferred source on Google".
          r".{0,80}\bpreferred source on google\b.{0,40}|"
          r"take the next step|"
          # A promo for the site's own tool: "Try Our Home Renovation Cost Calculator".
          r"(?:try|use) our .{1,40}(?:calculator|estimator|quiz|planner|tool|app)s?|"
          r"use the (?:calculator|estimator)|"
          # A comment prompt on a line of its own: "What do you think? Let me know …".
          r"(?:so,? )?what do you think\?(?: let (?:me|us) know\b.{0,80})?|"
          r"tell us what you think\b.{0,80}|"
          # A prompt to share the site or to sign up, on a line of its own: "Help me
          # spread the word about this podcast!", "Sign up for the latest news from …".
          r"(?:please )?help (?:me|us) spread the word\b.{0,80}|"
          r"sign up for (?:the latest|our) .{1,120}|"
          # A newsletter's feedback prompt: "How Was This Issue?".
          r"how (?:was|did you (?:like|enjoy)) (?:this|today['’]s) (?:issue|newsletter|"
          r"edition|e-?mail)\??)[.!]?|"
          r".{0,80}\b(?:leave a (?:star )?rating|rate this recipe)\b.{0,80}|"
          # A recipe card's prompt, whatever follows it: "Did you make one of my recipes?
          # Please take a moment to leave a star rating. … Follow … on FACEBOOK".
          r"did you (?:make|try|cook|bake) (?:this|one of my|any of my|my) recipes?\?.*|"
          # … and in other languages: "Hai provato questa ricetta? Taggami …", "Avez-vous
          # testé cette recette ?", "¿Has probado esta receta?", "Rezept ausprobiert?".
          r"(?:hai provato|hai fatto) (?:questa|la mia) ricetta\s?\?.*|"
          r"(?:avez-vous|as-tu) (?:testé|essayé|fait) (?:cette|ma) recette\s?\?.*|"
          r"¿?(?:has|ha) (?:probado|hecho|preparado) (?:esta|mi) receta\s?\?.*|"
          r"(?:hast du|haben sie) (?:das|mein) rezept (?:ausprobiert|nachgemacht|"
          r"nachgebacken)\s?\?.*|(?:das )?rezept ausprobiert\s?\?.*|"
          # A recipe card's rating: "4.86 from 14 votes", "4,86 da 14 voti".
          r"\d(?:[.,]\d{1,2})?\s*(?:from|of|da|de|di|aus|von|sur|z|van)\s+\d[\d.,]*\s+"
          r"(?:votes?|ratings?|reviews?|voti|votos?|valoraciones|stimmen|bewertungen|avis|"
          r"głos(?:y|ów)?|ocen|stemmen)",
          "a button's label: a sales prompt set between paragraphs, not the story's text"),
    _rule("social-prompt",
          rf"(?:subscribe to|follow|watch)\s.{{0,60}}\b(?:on|via|at)\s+"
          rf"{SOCIAL_NETWORKS}\b.{{0,160}}|"
          rf".{{0,120}}\bfollow us (?:on|at)\s+{SOCIAL_NETWORKS}\b.{{0,120}}|"
          rf"subscribe to (?:the |our |my )?.{{1,40}}\s{SOCIAL_NETWORKS}(?: channel)?\b.{{0,80}}|"
          rf"join (?:the|our|my) {SOCIAL_NETWORKS} (?:group|community|channel)\b.{{0,80}}|"
          # The same prompts in the languages most news is written in: "Puedes seguir a
          # … en Facebook y X", "Suivez-nous sur Instagram", "Folgen Sie uns auf X".
          rf"(?:puedes |puede )?(?:s[ií]gue(?:nos)?|seguir(?:nos)?)\s.{{0,80}}\ben\s+"
          rf"{SOCIAL_NETWORKS}\b.{{0,160}}|"
          rf".{{0,80}}\b(?:suivez[- ]nous sur|folgen sie uns (?:auf|bei)|"
          rf"siga[- ]nos (?:n[oa]s?|em))\s+{SOCIAL_NETWORKS}\b.{{0,160}}|"
          # An embedded post's button: "Read 2.1K replies".
          r"read [\d.,]+[kmb]? (?:more )?repl(?:y|ies)",
          "a prompt to follow the publisher or subscribe to its channel (\"Subscribe to … on "
          "YouTube\", \"Follow Newsbeat on Instagram, Facebook, Twitter and YouTube\"), or "
          "an embedded post's button (\"Read 2.1K replies\")",
          max_chars=250),
    _rule("reader-appeal",
          r"since you['’]re here\b[\s.…]*|"
          r"(?:…\s*|\.{3}\s*)?we have a small favou?r to ask\b.{0,1200}|"
          r"support (?:local|independent|quality) journalism\b.{0,200}",
          "the publisher's appeal to its readers under the story (\"Since you're here …\", "
          "\"… we have a small favour to ask\", \"Support local journalism and get access "
          "to …\"), not the story's text", max_chars=1400),
    _rule("support-appeal",
          r".{0,200}\b(?:please consider (?:supporting|donating|pitching in|subscribing)|"
          # "… consider supporting our award-winning journalism by subscribing".
          r"consider supporting (?:us|our (?:[\w-]+ ){0,2}(?:work|journalism|reporting|"
          r"newsroom|mission))\b|"
          r"become a paid (?:subscriber|member)|"
          r"(?:funded|supported|made possible) by readers like you|"
          r"keep .{1,30} free and independent|"
          # A sentence of its own: "… sponsor this project: your support is very much
          # appreciated" is the writer thanking them, in the story.
          r"(?:(?<=[.!?] )|^)your support is (?:greatly |much |always |very much )?appreciated|"
          r"(?:enjoyed|liked) this (?:article|post|story|piece)\? we need your (?:help|support)|"
          r"if you(?: (?:liked|enjoyed)|['’]re enjoying| are enjoying) this "
          r"(?:article|post|story|piece|newsletter|episode|video)"
          r")\b.{0,400}",
          "the publisher's appeal for money or subscriptions (\"If you believe stories like "
          "this matter, please consider pitching in\"), not the story's text; the appeal "
          "opens the line and may run on through several asks",
          max_chars=600, ruled_out=_no_appeal_word),
    _rule("signup-note",
          r"thanks? (?:you )?for (?:signing up|subscribing)[.!]?.{0,120}|"
          r"thanks for reading .{1,60}[.!] subscribe\b.{0,160}|"
          r"comments are closed(?: for this (?:post|article|story))?\b.{0,160}|"
          r"join medium for free\b.{0,80}|get .{1,60}['’]s? stories in your inbox|"
          r"remember me for faster sign in|reply by e-?mail|"
          r"(?:thank you!? )?(?:please )?check your (?:inbox|e-?mail)\b.{0,80}|"
          r".{0,80}\bdelivered (?:straight |right |directly )?to your inbox\b.{0,80}|"
          r"subscribe to (?:our |the |my )?[\w'’&.-]+(?: [\w'’&.-]+){0,4}[.!]?|"
          # A sign-up box in other languages: "Recibe el boletín de …", "Apúntate",
          # "Abonnez-vous …", "Newsletter abonnieren".
          r"recibe (?:el|nuestro|la|nuestra) (?:bolet[ií]n|newsletter)\b.{0,160}|ap[uú]ntate[.!]?|"
          r"suscr[ií]bete\b.{0,120}|abonnez-vous\b.{0,120}|"
          r"inscrivez-vous (?:à|a) (?:la|notre) newsletter\b.{0,120}|"
          r"assine (?:a|nossa) newsletter\b.{0,120}|(?:jetzt )?(?:den |unseren )?newsletter "
          r"abonnieren\b.{0,120}|"
          r"enter your e-?mail(?: address)?(?:[:*]|\s+(?:below|here)\b.{0,160}|"
          r"\s+to (?:subscribe|get|receive|join|be (?:notified|the first)|follow|unlock|"
          r"sign up|stay)\b.{0,160})?",
          "a sign-up box's thanks (Substack's \"Thanks for reading …! Subscribe for free "
          "…\"), its prompt (\"Enter your email to …\") or a closed comment form's notice, "
          "not the story's text"),
    _rule("shop-button",
          r"(?:(?:[$€£]\s?[\d,.]+|free)\s+(?:at|from|on)\s+[\w.'’&-]+(?:\s[\w.'’&-]+){0,2}\s*){1,4}(?<![.!?])|"
          r"(?:check|see|compare|view) (?:the )?(?:latest )?(?:price|prices|deals?|it) "
          r"(?:at|on) .{2,40}|"
          r"buy (?:it |now )?(?:on|at|from) [\w.'’&-]+(?:\s[\w.'’&-]+){0,2}|where to buy:?|"
          r"(?:view|see|shop|get it) (?:it )?(?:on|at) (?-i:[A-Z])[\w.'’&-]*(?:\s[\w.'’&-]+){0,2}"
          r"(?:\s+links to [\w.-]+)?|"
          r"buy (?:it )?now from .{1,60}|"
          r"read (?:the |our )?(?:full )?review[.!]?",
          "a shop's button under a product: its price and where to buy it (\"$150 at "
          "Zappos\", \"Check price at Amazon\", \"Buy on Amazon\"), or a link to its "
          "review, not the story's text"),
    _rule("paywall",
          r"(?:you['’]ve|you have) (?:reached|hit|used|read) (?:your|the|all (?:of )?your)?"
          r".{0,60}\b(?:limit|free (?:articles?|stories|reads))\b.{0,160}|"
          r"get unlimited (?:digital )?access\b.{0,160}|"
          r"already (?:a (?:paid |paying )?(?:subscriber|member)|have an account)\??.{0,40}|"
          r"subscribe (?:now |today )?to (?:continue|keep) reading\b.{0,120}|"
          # Ghost's and Substack's: "This post is for paying subscribers only", "Become
          # a paid subscriber to … to unlock this piece", "Keep reading with a 7-day
          # free trial".
          r"this (?:post|article|story|newsletter|content) is (?:only )?for (?:paying |paid )?"
          r"(?:subscribers|members)(?: only)?[.!]?|"
          r"become a (?:paying |paid )?(?:member|subscriber)(?: (?:of|to) .{1,80}?)? to "
          r"(?:get access|continue reading|keep reading|read|unlock)\b.{0,160}|"
          r"keep reading with a \d+-day free trial[.!]?|"
          r"cancel (?:any ?time|at any time)[.!]?",
          "a paywall's prompt where the free part of the story stops (\"You've reached your "
          "limit of free articles\", \"Get unlimited digital access …\", \"Already a "
          "subscriber? Log in\"), not the story's text"),
    _rule("form-message",
          r"(?:thank you[!,.]? )?your submission has been received[!.]?.{0,120}|"
          r"oops!? something went wrong while submitting the form[.!]?|"
          r"we respect your privacy\b.{0,200}|"
          r"this field is for validation purposes and should be left unchanged\.?|"
          r"link copied(?: to clipboard)?!?|"
          r"(?:free (?:\d+-day )?trial[.!,]? )?no credit card required[.!]?",
          "a form's or a widget's own messages, left in the page (Webflow's \"Thank you! "
          "Your submission has been received!\" and \"Oops! Something went wrong while "
          "submitting the form.\", a hidden field's \"This field is for validation "
          "purposes …\", a share button's \"Link copied to clipboard!\", a sign-up box's "
          "\"We respect your privacy.\", \"No credit card required.\"), not the story's text"),
    _rule("form-label",
          r"(?:(?:first|last|full|your|company) )?(?:name|e-?mail(?: address)?|phone(?: number)?|"
          r"company|website|message|comments?)\s*(?:\*|\((?:required|optional)\))|"
          r"(?:your )?e-?mail address:?",
          "a form's field label, marked required or optional (\"Email(Required)\", \"Full "
          "Name*\"): the page's sign-up or contact form, not the story's text", max_chars=40),
)

# The label a link to another story stands under, in the story's languages: "read
# also" and its like …
STORY_ALSO_LABELS = (
    r"read (?:also|next)|also read|related(?: reading| articles?| stories| "
    r"posts?| coverage)?|see also|recommended(?: reading)?|further reading|"
    r"lesen sie auch|mehr zum thema|auch interessant|"
    r"(?:à )?lire (?:aussi|également)|(?:à )?voir aussi|sur le même sujet|"
    r"leia também|veja também|lee también|(?:también )?te puede interesar|"
    r"noticias relacionadas|leggi anche|potrebbe interessarti|lees ook|"
    r"(?:prze)?czytaj (?:także|też)|читайте также|baca juga|"
    r"läs också|læs også|les også|čtěte také")
# … and "read more", which alone on its line is as often a button that opens the rest
# of the story.
STORY_MORE_LABELS = (r"read more|see more|lesen sie mehr|leia mais|saiba mais|lee más|"
                     r"leer más|lees meer|(?:prze)?czytaj więcej|läs mer|læs mere")
STORY_LINK_LABELS = rf"{STORY_ALSO_LABELS}|{STORY_MORE_LABELS}"
# A "read also" label alone on its line, the linked headline on the next ("Leggi
# anche", "Lees ook", "Related:").
STORY_LINK_LABEL = re.compile(rf"^(?:{STORY_ALSO_LABELS})\s*[:：|»›]?$", re.IGNORECASE)
STORY_LINK = "story-link"
# A link to another story set between the story's paragraphs, under the label news
# sites give it ("Read more: …", "Related: …", "Also read: …", "READ MORE: …"): the
# other story's headline, whose link the seed lost. A headline-sized line only, so a
# paragraph that opens "See also: the council's report, which …" is not one.
STORY_LINKS: tuple[Rule, ...] = (
    _rule(STORY_LINK,
          rf"(?:{STORY_LINK_LABELS}|on [\w-]+\.(?:com|org|net|co\.uk))"
          r"\s*[:：|»›]\s*\w.{1,150}|\[(?:related|read more|see also)\s*:\s*\w.{1,150}\]",
          "a link to another story between the paragraphs (\"Read more: …\", \"On "
          "HoustonChronicle.com: …\", \"Te puede interesar: …\"), set under its label: "
          "the other story's headline, not this story's text",
          max_chars=200),
)

# An advert's marker that a model may keep, being more than the one word the "advert"
# furniture rule names: "Advertisement - Continue Reading Below", "Advertisement:
# New AI Book!", "Sponsor Message" (public radio's), "Story continues below".
ADVERT_MARKERS: tuple[Rule, ...] = (
    _rule("advert-marker",
          r"advertisement\s*[-–—:.|]\s*.{1,80}|sponsor(?:ed)? message|"
          r".{1,150}\((?:sponsored|advertisement|paid (?:post|content|partnership))\)|"
          r"advertis(?:ing|er) (?:policy|disclosure)|"
          r"(?:scroll (?:down )?to )?continue reading below|scroll to continue(?: reading)?|"
          r"(?:the )?(?:story|article) continues (?:below|after (?:the )?(?:ad|advertisement))|"
          # The label alone in the languages most news is written in (English's is a
          # furniture rule, "advert", which the line features read).
          r"anzeige|werbung|publicité|publicidad|publicidade|pubblicità|reklama|реклама|"
          r"annons|annonse|advertentie|iklan|reklam|mainos",
          "an advert's marker set between the paragraphs, not the story's text"),
    _rule("loading-placeholder",
          r"(?:loading|please wait)(?:\s+[\w-]+){0,2}\s*(?:\.\.\.|…)",
          "a script's placeholder while a box loads (\"Loading paragraph...\", "
          "\"Loading comments…\"), copied from the page before it filled: not the story's "
          "text"),
)

# A picture's controls set beside its caption: "Enlarge this image" over it, "toggle
# caption" or "hide caption" under it.
CAPTION_ABOVE = r"enlarge (?:this )?image"
CAPTION_BELOW = r"(?:toggle|hide|show) caption"
CAPTION_TOGGLES = rf"{CAPTION_ABOVE}|{CAPTION_BELOW}"
CAPTION_ABOVE_LINE = re.compile(rf"^{CAPTION_ABOVE}$", re.IGNORECASE)
CAPTION_BELOW_LINE = re.compile(rf"^{CAPTION_BELOW}$", re.IGNORECASE)

# Agencies whose credit closes a news photo's caption.
PHOTO_AGENCIES = (r"(?:reuters|afp|ap|getty images?|epa|anadolu(?: agency)?|al jazeera|bloomberg|"
                  r"shutterstock|xinhua|pa(?: images| wire)?|alamy|istock(?:photo)?|upi|nasa|dpa|"
                  r"sipa|efe|ansa|tass|zuma(?: press)?|"
                  # Korea's, Japan's and China's agencies, as their papers credit them.
                  r"yonhap|연합뉴스|뉴시스|뉴스1|kyodo|共同通信|時事通信|新华社)")
# The end of a line an agency's credit closes: the last characters are enough, and a
# line that ends in no letter (a sentence's full stop: most of a story) is passed at once.
# An agency as a credit after a caption names it ("Getty" alone too).
CREDITING_AGENCY = rf"(?:getty|{PHOTO_AGENCIES})"
_AGENCY_AT_END = re.compile(rf"\b{CREDITING_AGENCY}$", re.IGNORECASE)
AGENCY_TAIL_CHARS = 40


def _no_agency_at_end(text: str) -> bool:
    return not text[-1:].isalpha() or _AGENCY_AT_END.search(
        text, max(0, len(text) - AGENCY_TAIL_CHARS)) is None

# A picture's credit or caption label, left when the picture is gone: the BBC's
# "Image copyright Getty Images" and "Image caption …", "Photo courtesy of …",
# "Courtesy of Andrew Vaughan", an agency's credit after a bar or slash ("Natalie
# Naccache | Bloomberg | Getty Images", "FatCamera/Getty Images").
MEDIA_CREDITS: tuple[Rule, ...] = (
    _rule("media-credit",
          r"(?:image|photo|picture|video|media) (?:copyright|caption|credit)s?(?:\b|(?-i:[A-Z])).*|"
          # "Image source: Getty Images"; not "Photo Sources and Display Controls", an
          # app review's subheading.
          r"(?:image|photo|picture|video|media) sources?:.*|"
          # A credit's link under a picture or a chart, its address lost: "Source".
          r"sources?:?|"
          r"media playback is unsupported on your device|this slideshow requires javascript\.?|"
          r"play video|(?:image|photo|picture|slide) \d+ of \d+|"
          # A video player's and a picture's controls: "JUST WATCHED", "MUST WATCH",
          # "More Videos ...", "Replay"; "Enlarge this image", "toggle caption".
          r"just watched|must watch|more videos(?:\s*(?:\.\.\.|…))?|replay|"
          rf"{CAPTION_TOGGLES}|"
          # An audio player's label: "Listen to this article", "… in summarized format",
          # or its button alone ("Listen", beside "Share" on Medium).
          r"listen(?: now)?|listen to (?:this|the) (?:article|story|post)\b.{0,60}|"
          rf"(?:(?:featured?|header|cover|hero|lead|top) )?{IMAGE_WORDS}s?{IMAGE_BY}|"
          rf"(?:featured?|header|cover|hero|lead|top) {IMAGE_WORDS}\s+(?:via|by)\s.{{1,120}}|"
          r"courtesy(?: of)? [^.!?]{2,60}|"
          r".{0,80}[|/]\s*(?:getty images|reuters|afp|ap|shutterstock|istock(?:photo)?|alamy)|"
          # A caption closed by its agency's credit in brackets: "… [File: Reuters]",
          # "… (AP Photo/Jane Doe)", "… (NASA/JPL-Caltech/ASU)".
          rf".{{1,500}}(?:\[(?:file(?: photo)?:\s*)?(?:[^\[\]]{{0,60}}?[/\s])?{PHOTO_AGENCIES}"
          rf"(?:/[^\[\]]{{0,40}})?\]|\({PHOTO_AGENCIES}(?: photo)?(?:/[^()]{{1,60}})?\)|"
          rf"\((?:[^()]{{1,60}}/){PHOTO_AGENCIES}\))",
          "a picture's credit or caption label, or a gallery's or a player's (captions are "
          "not kept: the images are gone)", max_chars=600),
    # A caption whose credit follows its last sentence, the credit's own line lost:
    # "… in 2024.Digital Vision / Getty Images", "… if you don't overdo it. Aja
    # Koska/E+ via Getty Images", "… on March 1, 2025. Getty Images", "… 받지
    # 못했다. /연합뉴스". A story's
    # sentence names an agency inside it ("…, according to Reuters."), not alone after
    # its full stop. Only a line ending in an agency's name is tried (the pattern's
    # optional credit words are slow to rule out on every line).
    _rule("credited-caption",
          rf".{{1,500}}?[.!?][\"”’)]?\s*(?:/\s*|[^\s.!?/|][^.!?/|]{{0,40}}?\s*/\s*)?"
          rf"(?:[^\s.!?/|][^.!?/|]{{0,40}}?\s+via\s+)?{CREDITING_AGENCY}",
          "a picture's caption with its credit after its last sentence (captions are not "
          "kept: the images are gone)", max_chars=600, ruled_out=_no_agency_at_end),
)

# Words a disclosure of affiliate links always has beside its "commission": what the
# reader buys or clicks. A quoted agent's "we get a commission" has none of them.
_DISCLOSURE_CONTEXT = re.compile(r"\b(?:links?|purchases?|buy\w*|click\w*|affiliate|associate)\b",
                                 re.IGNORECASE)


# Words one of which every disclosure of the "affiliate-disclosure" rule holds: what
# the page earns, or how it is paid.
DISCLOSURE_WORDS = ("affiliate", "commission", "associate", "compensat", "share of",
                    "qualifying purchase")


def _not_disclosure(text: str) -> bool:
    return _holds_none(text, DISCLOSURE_WORDS) or _DISCLOSURE_CONTEXT.search(text) is None


def _not_trademark(text: str) -> bool:
    """The trademark notice names its trademarks."""
    return _holds_none(text, ("trademark",))


# The heading of a page's table of contents: its entries link to the story's own
# subheadings, which the story keeps where they stand; without them the heading
# heads nothing. Applied after the labeller, as CALLS_TO_ACTION is.
CONTENTS_HEADINGS: tuple[Rule, ...] = (
    _rule("contents-heading",
          r"(?:table of contents|contents|in this (?:article|post|guide|story)|"
          r"jump to(?: section| the (?:list|reviews?|products?|picks|recipe))?|on this page|"
          r"inhalt(?:sverzeichnis)?|sommaire|"
          r"índice|indice|tabla de contenidos?)\s*:?(?:\s*(?:\[?(?:hide|show)\]?))?",
          "the heading of the page's table of contents, whose links lead to the story's "
          "own subheadings"),
)


# Why a notice that the page earns from its links is no story text: the English rule's
# and the other languages' reason.
AFFILIATE_REASON = ("a disclosure that the page earns from its links: the publisher's notice, "
                    "not the story's text")
# A notice that the page earns from the links in it, set above or inside the story:
# the publisher's notice, never the story's text (a reader of the story in our site
# follows none of those links). Applied after the labeller, as CALLS_TO_ACTION is.
DISCLOSURES: tuple[Rule, ...] = (
    _rule("affiliate-disclosure",
          # "… contains affiliate links", "FTC: We use income earning auto affiliate links".
          r".{0,200}\b(?:contains?|includes?|uses?|using|may contain|might contain)\s+"
          r"(?:some |the |our |my )?(?:[\w-]+ ){0,3}affiliate links?\b.{0,300}|"
          r".{0,200}\b(?:we|i)\b[^.!?]{0,40}\b(?:earn|earns|receive|receives|make|makes|get|gets)"
          r"\s+(?:an? )?(?:small )?(?:commission|share of (?:the )?sales?)\b.{0,300}|"
          r".{0,200}\b(?:earn|earns|make|makes)\s+(?:us|me)\s+(?:a )?(?:small )?commission\b"
          r".{0,300}|"
          r".{0,200}\bcommissions?\s+(?:from|through|on|via)\s+(?:the |our |my |these |those |"
          r"some |any )?(?:affiliate )?(?:links|purchases)\b.{0,300}|"
          r".{0,200}\bas an amazon associate\b.{0,300}|"
          r".{0,200}\bearns? from qualifying purchases\b.{0,300}|"
          # "We may be compensated when you click on a link …", "… I may receive
          # compensation at no cost to you".
          r".{0,200}\b(?:we|i)\b[^.!?]{0,40}\b(?:be compensated|receive compensation|"
          r"earn compensation)\b.{0,400}",
          AFFILIATE_REASON, max_chars=500, ruled_out=_not_disclosure),
    _rule("affiliate-disclosure",
          # The same notice in the languages most news is written in: "Questo post può
          # contenere link di affiliazione", "Cet article contient des liens
          # d'affiliation", "Dieser Beitrag enthält Affiliate-Links".
          r".{0,200}(?:link di affiliazione|link affiliati|liens? (?:d['’]affiliation|"
          r"affiliés|sponsorisés)|enlaces? (?:de afiliad[oa]s?|afiliados)|links? de afiliad[oa]s?|"
          r"affiliate-links?|partner-?links|provisions-?links|werbelinks|linki afiliacyjne|"
          r"linków afiliacyjnych|affiliatelinks?|партнёрские ссылки|партнерские ссылки)"
          r"\b.{0,300}",
          AFFILIATE_REASON, max_chars=500),
    _rule("methods-notice",
          r"we independently (?:test|review|research|evaluate|vet)\w* (?:everything|every "
          r"product|all (?:the )?products|each product) we (?:recommend|review|feature)\b.{0,300}|"
          r"(?:buying|shopping) through (?:our )?links(?: on (?:our|this) site)? supports? "
          r"(?:our work|us)\b.{0,300}",
          "the publisher's word on how it tests and earns (\"We independently test "
          "everything we recommend.\", \"Buying through links on our site supports our "
          "work.\"), not the story's text", max_chars=500),
    _rule("terms-notice",
          r"by (?:submitting|completing|using|utilizing|accessing|continuing|signing up)\b"
          r"[^.;]{0,120}\b(?:form|site|website|page|service|recipes?|information|content)\b"
          r"[^.;]{0,40}\byou (?:are )?(?:agree|agreeing|consent|consenting|authorize|"
          r"authorizing|accept|accepting)\b.{0,300}",
          "the terms a form or the site binds its reader to (\"By submitting this form, you "
          "authorize …\"): the publisher's notice, not the story's text", max_chars=500),
    _rule("trademark-notice",
          r".{0,300}\b(?:is|are) (?:a |the )?(?:registered )?trademarks?"
          r"(?: or (?:a )?registered trademarks?)? (?:of|owned by|belonging to)\b.{0,500}",
          "whose trademarks the names on the page are (\"Logi and its logos are trademarks "
          "of Logitech Europe S.A.\"): the publisher's legal notice, not the story's text",
          max_chars=900, ruled_out=_not_trademark),
)

# A line matching one of these ends the article: what follows is the page around it.
END_MARKERS: tuple[Rule, ...] = (
    _rule("end:comments", r"leave a (?:comment|reply)|(?:\d+\s+)?comments|"
          r"join the (?:conversation|discussion)|post (?:a )?comment|"
          r"(?:\d+\s+)?(?:kommentare|commentaires|comentarios|comentários|commenti|reacties|"
          r"komentarze|комментарии)|kommentar schreiben|laisser un commentaire|"
          r"deja un comentario|deixe um comentário|lascia un commento",
          "the comment section follows the story"),
    _rule("end:related", rf"(?:{RELATED_PHRASES}|recent posts):?",
          "lists of other stories follow the story"),
    _rule("end:share", r"share this(?: article| story| post)?:?",
          "share rows close a story"),
    _rule("end:disclaimer", r"disclaimer\b.*", "a disclaimer closes a story"),
)


# Names of the decisions that are not furniture phrases: each a constant, so a
# typo is an error, not an audit line with no reason.
OUTSIDE_MAIN_TEXT = "outside-main-text"
AFTER_STORY_END = "after-story-end"
LABELLED_FURNITURE = "labelled-furniture"
ABOVE_HEADLINE = "above-headline"
PULL_QUOTE = "pull-quote"
TRAILING_LABEL = "trailing-label"
LABELLED_BODY = "labelled-body"
STORY_RUNS_ON = "story-runs-on"
PROSE_RUN_FALLBACK = "prose-run-fallback"
HEADLINE = "headline"
BYLINE = "byline"
DATELINE = "dateline"
SHORT_LINE_BEFORE_PROSE = "short-line-before-prose"
BULLETED_RUN = "bulleted-run"
DECK_UNDER_HEADLINE = "short-paragraph-under-headline"
QUOTATION_WITH_SOURCE = "quotation-with-source"
QUOTE_SOURCE = "quote-source"
COMMENT_SECTION = "comment-section"
REFERENCE_SECTION = "reference-section"
CLOSING_SECTION = "closing-section"
OTHER_STORIES = "other-stories"
REPEATED_STORY = "repeated-story"
WRITER_BIO = "writer-bio"
CONCLUSION = "conclusion"
INTRODUCED = "introduced-by-colon"
BULLETED_GAP = "bulleted-list-in-story"
NUMBERED = "numbered-item"
NUMBERED_PART_TEXT = "numbered-part-text"
NUMBERED_SECTION = "numbered-section"
QUESTION_HEADING = "question-heading"
LISTED_SUBHEADING = "listed-subheading"
CODE_BOX = "code-box"
CODE_OUTSIDE_STORY = "code-box-outside-story"
CODE_BOX_LABEL = "code-box-label"

# A blog's comment as WordPress, the commonest blog software, heads it: "Jane Doe on
# May 26, 2014 at 9:47 pm said:" on one line, or "Jane Doe says:" over its time
# ("May 26, 2014 at 9:47 pm", or a bare "at" where the copy lost the date). A
# story's "The letter says:" is followed by what it says, not by a time.
COMMENT_SAID = re.compile(r"^.{1,80}?\son\s.{4,40}?\sat\s+\d{1,2}[:.]\d{2}\s*"
                          r"(?:[ap]\.?m\.?\s+)?said:$", re.IGNORECASE)
COMMENT_SAYS = re.compile(r"^.{1,80}?\ssays:$", re.IGNORECASE)
# The heading a blog's theme sets over its comments, counting them: WordPress's
# "3 thoughts on “Bridge approved”" (and its older themes' "12 Responses to “…”",
# "One reply to “…”"), Blogger's "12 comments:". The story's title in quotation
# marks, or the count and a colon, are the theme's, not a writer's. Both as the
# themes' translations write them: "3 Gedanken zu „…“", "2 réflexions sur « … »",
# "5 comentarios en «…»", "12 Kommentare:".
_COMMENT_NOUNS = (r"thoughts?|responses?|repl(?:y|ies)|comments?|reactions?|gedanken?|"
                  r"kommentare?|antworten|réflexions?|commentaires?|réponses?|comentarios?|"
                  r"comentários?|pensamientos?|pensamentos?|respuestas?|respostas?|pensieri|"
                  r"commenti|risposte|gedachten|reacties?|komentarz[ey]?")
_COMMENT_ON = r"on|to|zu|sur|à|en|sobre|em|su|a|op|over|do"
# Only "comments" itself is counted with a colon: "Responses:", "Thoughts:" head a
# story's own lists too.
_COMMENTS = (r"comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|"
             r"reacties|komentarz[ey]?")
COMMENT_COUNT = re.compile(
    rf"^(?:(?:\d[\d,.]{{0,6}}|one|no|ein|eine|une|un|uno|una|um|uma|één)\s+(?:{_COMMENT_NOUNS})\s+"
    rf"(?:{_COMMENT_ON})\s+[“\"‘'«»„‚].{{1,300}}|(?:\d[\d,.]{{0,6}}\s+)?(?:{_COMMENTS})\s*:)$",
    re.IGNORECASE)
# The heading of the sources a page cites, under its story: "References", "Article
# Sources:", "Citations", "Footnotes" (not "Notes", which heads a story's own notes).
REFERENCE_HEADING = re.compile(
    r"^(?:references|sources|article sources|sources and references|citations|footnotes|"
    r"bibliography|works cited|quellen|einzelnachweise|literatur|références|referencias|"
    r"fuentes|referências|fontes|riferimenti|fonti|bronnen)\s*:?$", re.IGNORECASE)
# A link to the post before or after this one, with its arrow: "← Previous Post".
_POST_LINK = r"(?:[«‹←<]\s*)?(?:{side}) (?:post|article|story|entry)\s*[»›→>]?"
# Headings under which nothing more of the story comes, once it has been told: the
# author's box ("About the author", also run into its first line: "About the author:
# Jane Doe is …", "About the AuthorJane Doe"), WordPress's like button ("Like this:"),
# a row of other videos, the links to the previous and the next post ("Previous Post
# Next Post", "« Older Post | Newer Post »": a blog sets them under the post, a
# carousel's bare "Previous Next" is none of them).
CLOSING_HEADING = re.compile(
    r"^(?:about the (?:author|writer)s?(?::\s.*|(?-i:[A-Z]).*)?|meet the author|"
    r"like this:(?:#\S*)?|"
    rf"{_POST_LINK.format(side='previous|prev|older')}\s*(?:[|/•·–-]\s*)?"
    rf"{_POST_LINK.format(side='next|newer')}|"
    r"more videos|über (?:den|die) autor(?:in)?|à propos de l'auteur|sobre el autor|"
    r"sobre o autor)$", re.IGNORECASE)
# "About" as a closing box's heading opens it, in the story's languages.
ABOUT = r"(?:about|über|sobre|à propos de|acerca de|a proposito di)\s+"
# The author's box headed by the writer's own name ("About Jane Doe", "Über Moritz
# Bachmann", "Sobre Carlos Nadalim"): a person's name, its first word a given name
# (revising checks it), so "About ASU Online", a press release's closing notes on
# the company, is not one.
ABOUT_WRITER = re.compile(rf"^{ABOUT}"
                          r"((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]*){1,3})$",
                          re.IGNORECASE)
# A press release's closing notes on the company, or a site's on itself: "About Harbor
# City Public Library", "About ASU Online", over a paragraph on it (revising checks
# that). Not "About Us", "About Me": a menu's links.
ABOUT_ORGANISATION = re.compile(
    rf"^{ABOUT}(?!(?:us|me)$)"
    # A name: its words capitalised, but for the small words inside it.
    r"(?-i:[A-Z][\w&.,'’-]*(?:\s+(?:[A-Z][\w&.,'’-]*|of|the|and|for|de|&)){0,5}):?$",
    re.IGNORECASE)
# The heading of a list of the site's other stories ("More Articles", "You Might Also
# Like", "Related Posts", "Trending stories in travel"), without its leading symbols
# and closing punctuation. Under a story these close it; in its middle a box of links
# is set there (revising checks how much follows).
OTHER_STORIES_HEADING = re.compile(
    rf"^(?:{RELATED_PHRASES}|"
    r"(?:more|other|similar|popular|recent|latest|trending|featured|recommended|related) "
    r"(?:articles|posts|stories|reads|reading|guides|resources|blogs?|news|content)"
    r"(?: (?:from|by|on|in|about|for you|like this) .{0,40})?|"
    r"you (?:may|might|will|would|'ll|’ll) (?:also )?(?:like|love|enjoy)(?: .{0,40})?|"
    r"you (?:may|might) (?:also )?be interested in(?: .{0,40})?|"
    r"explore (?:other|more|our (?:latest|other)) .{0,80}|"
    r"read more (?:of )?(?:our )?(?:articles|posts|stories|blogs?)|keep reading)$",
    re.IGNORECASE)
# What a label carries before its words: an emoji, an arrow, a bullet ("✉️ Reply by
# email", "🔥 Recommended Posts", ">> Related: …"); not a quotation's "> ", which
# quotes someone's words in the story.
LEADING_MARKS = re.compile(r"^(?!>\s)[\W_]+(?=\w)")
# … and a heading after them: a colon or an ellipsis ("You Might also like...").
HEADING_TRIM = re.compile(rf"{LEADING_MARKS.pattern}|[\s:.…!]+$")
# The heading of a story's closing section ("Conclusion", "7. Final thoughts", "The
# bottom line:"): what stands under it is the story's end, not the page's foot.
CONCLUSION_HEADING = re.compile(
    r"^(?:\d{1,2}[.)]?\s+)?(?:conclusions?|in conclusion|final thoughts|closing thoughts|"
    r"final words|wrapping up|(?:the )?bottom line|in summary|to sum up|"
    r"fazit|schlussfolgerung|conclusión|conclusão|conclusione|conclusie|tot slot)\s*[:.]?$",
    re.IGNORECASE)
# A line of program code that ends in a colon ("def notify(title):", "else:", "if x:"):
# it opens a block of code, not a list the story introduces.
CODE_OPENER = re.compile(
    r"^\s*(?:(?:async\s+)?def|class|if|elif|else|for|while|try|except|finally|with|switch|"
    r"case)\b.*:$|\w\([^)]*\)\s*:$|[={}]")
# A numbered part of a story: "3. Pick a site", "3) …", "Step 3: …", "#3 …", "No. 3 …".
NUMBERED_ITEM = re.compile(r"^(?:step\s+|#\s?|no\.\s?)?(\d{1,2})(?:[.):]|\s+[-–—:]|\s)",
                           re.IGNORECASE)
# A comment box's controls, under the story: "Load All Comments", "Search 87 Comments",
# "View all comments", "Comments Filter:". A page that sets such a control by each
# item of a list ("Show more comments" under each app reviewed) repeats it, and
# drop_closing_sections takes only one the page holds once. In the languages most
# news is written in too: "Alle Kommentare anzeigen", "Voir les commentaires",
# "Cargar más comentarios", "Mostra tutti i commenti".
COMMENT_CONTROLS = re.compile(
    r"^(?:(?:post\s+)?(?:load|show|view|see|read|search|hide)(?:\s+(?:all|more|the|"
    r"\d[\d,]*))*\s+comments?\b.{0,60}|comments?\s+filter\s*:?|"
    r"(?:alle\s+|weitere\s+)?kommentare\s+(?:anzeigen|laden|lesen|einblenden)|"
    r"(?:voir|afficher|lire|charger)\s+(?:les\s+|tous\s+les\s+|plus\s+de\s+|\d+\s+)?"
    r"commentaires|"
    r"(?:ver|mostrar|cargar|carregar|leer|ler)\s+(?:los\s+|os\s+|todos\s+(?:los|os)\s+|"
    r"más\s+|mais\s+|\d+\s+)?(?:comentarios|comentários)|"
    r"(?:mostra|vedi|carica|leggi)\s+(?:i\s+|tutti\s+i\s+|altri\s+|\d+\s+)?commenti|"
    r"(?:bekijk|toon|laad|lees)\s+(?:alle\s+|meer\s+|\d+\s+)?reacties)$", re.IGNORECASE)
# Substack heads its comments so: everything under it is the readers'.
COMMENT_HEADING = re.compile(r"^discussion about this (?:post|episode|video|thread)$",
                             re.IGNORECASE)
COMMENT_TIME = re.compile(r"^(?:.{0,40}?\s)?at(?:\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?$",
                          re.IGNORECASE)

# Lines dropped for where they stand rather than what they say, and why.
PLACEMENT_REASONS: dict[str, str] = {
    OUTSIDE_MAIN_TEXT: "outside the story: the line labeller found no story text this far "
                       "up or down the page (menus, other stories, comments, footers)",
    AFTER_STORY_END: "under the story's end: the story-end model read what the body model "
                     "kept under this point (a biography, comments, other stories, a "
                     "pitch) as not the story",
    LABELLED_FURNITURE: "the line labeller judged it page furniture inside the story: a "
                        "caption, a label, a link, a box set into the text",
    PULL_QUOTE: "a pull quote: repeats words of the story set large, already in the text",
    TRAILING_LABEL: "a short line after the story's last paragraph: a heading with no text "
                    "under it heads what follows the story (other stories, comments, a "
                    "sign-up box), not the story",
    ABOVE_HEADLINE: "story-like text above the headline: a teaser or caption that opens "
                    "the page",
    REFERENCE_SECTION: "the sources the page cites, under the story: from their heading "
                       "(\"References\", \"Article Sources:\") to the end of the page",
    WRITER_BIO: "the writer's biography among the story's last paragraphs (\"Jane Doe is a "
                "staff writer at …\"), not the story",
    REPEATED_STORY: "a copy of the story the page holds again (a collapsed or second "
                    "layout's copy): lines that repeat, in a run, lines kept above",
    CLOSING_SECTION: "under a heading that closes the story (\"About the author\", "
                     "\"Like this:\", \"More videos\"), to the end of the page",
    OTHER_STORIES: "a list of the site's other stories under the story, from its heading "
                   "(\"More Articles\", \"You Might Also Like\", \"Recommended Posts\") "
                   "to the end of the page",
    COMMENT_SECTION: "readers' comments: from their heading (\"12 Comments\", \"3 thoughts "
                     "on “…”\", \"Load all comments\") or the first comment's (\"Jane Doe "
                     "says:\" over its time, \"… at 9:47 pm said:\") to the end of the page",
    CODE_OUTSIDE_STORY: "a box of code outside the story: not between two of its lines, "
                        "nor announced by a kept line ending in a colon",
    CODE_BOX_LABEL: "a code box's button or label (\"Copy\", \"bash\") or its column of "
                    "line numbers",
}
# What a kept line is, and why.
KEPT_REASONS: dict[str, str] = {
    LABELLED_BODY: "the line labeller judged it the story's text",
    STORY_RUNS_ON: "prose right under the story's last line, which the line labeller "
                   "half believed, where the story-end model found the story runs to "
                   "that line: its closing paragraph",
    PROSE_RUN_FALLBACK: "the line labeller kept no line as the story's text (a story of a "
                        "paragraph or two looks like a teaser to it): the densest run of "
                        "prose stands in",
    HEADLINE: "the headline model's choice among the short lines near the story",
    BYLINE: "the header model judged it a byline",
    DATELINE: "the header model judged it the story's date line",
    SHORT_LINE_BEFORE_PROSE: "a short line of the story before its prose: a subheading",
    BULLETED_RUN: "two or more bulleted lines of the story in a row: a list",
    DECK_UNDER_HEADLINE: "a short first paragraph under the headline: the standfirst",
    QUOTATION_WITH_SOURCE: "a whole quotation with its source under it: a block quote",
    QUOTE_SOURCE: "the source line under a block quote",
    CONCLUSION: "the story's closing section right under its text: the heading "
                "(\"Conclusion\", \"Final thoughts\") and the paragraphs under it",
    NUMBERED: "a numbered part of the story (\"2. …\") between the kept parts numbered "
              "one below and one above it, or right beyond its first or last kept part, "
              "numbered one below or one above it",
    NUMBERED_PART_TEXT: "the prose under a numbered part kept right beyond the story's "
                        "first or last kept part",
    BULLETED_GAP: "a bulleted or numbered list set between the story's paragraphs",
    QUESTION_HEADING: "a question on its own line over the story's prose (\"How do "
                      "index funds work?\"): a subheading",
    LISTED_SUBHEADING: "a line inside the story that the page's table of contents lists, "
                       "over the story's prose: a subheading of the story, not a menu's "
                       "label",
    NUMBERED_SECTION: "a numbered part's title over its prose (\"1. Plan the route\"), "
                      "in a story that numbers two or more parts so: a subheading",
    INTRODUCED: "a list or table the story introduces with a colon (\"Here are the "
                "steps:\"), between that line and the story's next",
    CODE_BOX: "a box of code between two lines of the story, or under a kept line that "
              "announces it with a colon: shown as code",
}


_REASONS = {
    **PLACEMENT_REASONS,
    **KEPT_REASONS,
    **{rule.name: rule.reason for rule in (*FURNITURE_RULES, *END_MARKERS, *CALLS_TO_ACTION,
                                            *DISCLOSURES, *CONTENTS_HEADINGS, *STORY_LINKS,
                                            *ADVERT_MARKERS, *MEDIA_CREDITS)},
}


def reason(name: str) -> str:
    """Why a line dropped under this rule name is not article text."""
    return _REASONS.get(name, "")


def match(rules: tuple[Rule, ...], text: str) -> Rule | None:
    """Return the first rule whose pattern matches the whole line, if any."""
    for rule in rules:
        if len(text) <= rule.max_chars and not (rule.ruled_out and rule.ruled_out(text)) \
                and rule.pattern.match(text):
            return rule
    return None

# A news story's dateline opening its first paragraph: the city in capitals, perhaps
# its state or country and the day, perhaps the agency, then a dash ("HARBOR CITY,
# Maine (AP) —", "LONDON (Reuters) -", "WASHINGTON —", a press release's "HARBOR CITY,
# Maine, Sept. 15, 2025 /PRNewswire/ --"). Such a paragraph is the story's lede, not a
# standfirst over it.
NEWS_DATELINE = re.compile(
    r"^(?-i:[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ.'’-]*){0,3})"
    r"(?:,\s*[\w.'’ -]{2,40}?){0,3}\s*(?:\([\w./ ]{2,30}\)\s*|/[\w ]{2,30}/\s*)?[—–-]{1,2}\s")
# A list item in a plain-text dump keeps its bullet or number ("1. ", "2) ").
_NUMBER_MARK = r"\d{1,3}[.)]"
BULLET = re.compile(rf"^(?:[-•·*–▪◦●]|{_NUMBER_MARK})\s+(?=\S)")
# The numbered kind of BULLET.
NUMBERED_LINE = re.compile(rf"^{_NUMBER_MARK}\s+(?=\S)")
# A line that opens with a quotation mark: speech, not the page's own words.
QUOTED = re.compile(r"^[“\"«„‘']")
