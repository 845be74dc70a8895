"""Revise: from the labeller's tags to the story's structure, one named rule per test.

The tags are set by hand here, so each test checks the rule alone, whatever the
trained model would say of these lines.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from seed_converter import rules
from seed_converter.features import page_features
from seed_converter.labeller import Labelled, Tag
from seed_converter.model import Label
from seed_converter.revising import PUBLISHERS_LINES, revise
from seed_converter.splitting import split_lines

N, B, T, Y, D = Tag.OTHER, Tag.BODY, Tag.TITLE, Tag.BYLINE, Tag.DATELINE
PROSE = ("The city council voted on Tuesday to approve the construction of a new bridge "
         "across the harbour, ending a debate that has lasted for more than ten years.")
MORE = ("The bridge will cost about 40 million euros and take four years to build, "
        "officials said after the meeting in the town hall on Tuesday evening.")
DECK = "A bridge the city has argued about for a decade will be built."


def revised(pairs: list[tuple[Tag, str]], fallback: bool = False):
    lines = split_lines("\n".join(text for _, text in pairs))
    tags = tuple(tag for tag, _ in pairs)
    title = tags.index(T) if T in tags else None
    labelled = Labelled(page_features(lines, "en"), tags, np.zeros(len(tags)), title, fallback,
                        "en")
    return revise(labelled)


def rule_of(pairs, text: str, fallback: bool = False) -> tuple[Label, str]:
    line = next(j for j in revised(pairs, fallback).lines if j.line.text == text)
    return line.label, line.rule


def test_a_line_before_the_story_that_is_no_furniture_phrase_is_outside_main_text():
    pairs = [(N, "Weather and traffic"), (T, "Bridge approved"), (B, PROSE)]
    assert rule_of(pairs, "Weather and traffic") == (Label.BOILERPLATE, rules.OUTSIDE_MAIN_TEXT)


def test_a_line_inside_the_story_the_model_left_out_is_labelled_furniture():
    pairs = [(T, "Bridge approved"), (B, PROSE), (N, "Picture of the old ferry"), (B, MORE)]
    assert rule_of(pairs, "Picture of the old ferry") == (Label.BOILERPLATE,
                                                         rules.LABELLED_FURNITURE)


def test_story_text_above_the_headline_is_dropped():
    pairs = [(B, MORE), (T, "Bridge approved"), (B, PROSE)]
    assert rule_of(pairs, MORE) == (Label.BOILERPLATE, rules.ABOVE_HEADLINE)


def test_a_body_line_is_a_paragraph_by_the_labeller():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, MORE)]
    assert rule_of(pairs, MORE) == (Label.PARAGRAPH, rules.LABELLED_BODY)


def test_a_body_line_kept_by_the_fallback_names_the_fallback():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, MORE)]
    assert rule_of(pairs, MORE, fallback=True) == (Label.PARAGRAPH, rules.PROSE_RUN_FALLBACK)


def test_the_header_tags_become_headline_byline_and_date_line():
    pairs = [(T, "Bridge approved"), (Y, "By Maria Lopez"), (D, "12 March 2019"), (B, PROSE),
             (B, MORE)]
    assert rule_of(pairs, "Bridge approved") == (Label.TITLE, rules.HEADLINE)
    assert rule_of(pairs, "By Maria Lopez") == (Label.BYLINE, rules.BYLINE)
    assert rule_of(pairs, "12 March 2019") == (Label.DATELINE, rules.DATELINE)


def test_a_short_body_line_before_prose_is_a_subheading():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, "What happens next"), (B, MORE)]
    assert rule_of(pairs, "What happens next") == (Label.HEADING, rules.SHORT_LINE_BEFORE_PROSE)


def test_two_bulleted_body_lines_in_a_row_are_a_list():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, "- four lanes for cars"),
             (B, "- a path for bicycles"), (B, MORE)]
    assert rule_of(pairs, "- four lanes for cars") == (Label.LIST_ITEM, rules.BULLETED_RUN)


def test_a_short_first_paragraph_under_the_headline_is_the_deck():
    pairs = [(T, "Bridge approved"), (B, DECK), (B, PROSE), (B, MORE)]
    assert rule_of(pairs, DECK) == (Label.DECK, rules.DECK_UNDER_HEADLINE)


@pytest.mark.parametrize("lede", [
    "HARBOR CITY, Maine (AP) — The city council voted Tuesday to build the bridge.",
    "LONDON (Reuters) - The council voted on Tuesday to build the bridge.",
    "WASHINGTON — The council voted on Tuesday to build the bridge.",
    "HARBOR CITY, Maine, Sept. 15, 2025 /PRNewswire/ -- The library opened a study space.",
])
def test_a_wire_storys_lede_under_its_dateline_is_no_deck(lede):
    pairs = [(T, "Bridge approved"), (B, lede), (B, PROSE), (B, MORE)]
    assert rule_of(pairs, lede)[0] is Label.PARAGRAPH


def test_a_quotation_with_its_source_below_is_a_block_quote():
    quote = "“This bridge will change how the whole city moves every single day.”"
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, quote), (B, "– Anna Berg, mayor"),
             (B, MORE)]
    assert rule_of(pairs, quote) == (Label.QUOTE, rules.QUOTATION_WITH_SOURCE)
    assert rule_of(pairs, "– Anna Berg, mayor") == (Label.QUOTE_SOURCE, rules.QUOTE_SOURCE)


def test_a_sentence_of_the_story_set_again_as_a_pull_quote_is_dropped():
    pull = "Ending a debate that has lasted for more than ten years."
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, pull), (B, MORE)]
    assert rule_of(pairs, pull) == (Label.BOILERPLATE, rules.PULL_QUOTE)


def test_every_rule_has_a_reason_for_the_audit():
    named = {v for k, v in vars(rules).items() if k.isupper() and isinstance(v, str)
             and k in {"OUTSIDE_MAIN_TEXT", "LABELLED_FURNITURE", "ABOVE_HEADLINE",
                       "PULL_QUOTE", "LABELLED_BODY", "PROSE_RUN_FALLBACK", "HEADLINE",
                       "BYLINE", "DATELINE", "SHORT_LINE_BEFORE_PROSE", "BULLETED_RUN",
                       "DECK_UNDER_HEADLINE", "QUOTATION_WITH_SOURCE", "QUOTE_SOURCE",
                       "COMMENT_SECTION", "REFERENCE_SECTION", "CLOSING_SECTION",
                       "REPEATED_STORY", "NUMBERED", "NUMBERED_PART_TEXT"}}
    assert named <= set(rules.PLACEMENT_REASONS) | set(rules.KEPT_REASONS)


def test_a_relabelled_line_keeps_all_it_was_but_its_label_and_rule():
    line = page_features(split_lines(PROSE), "en").judged[0]
    assert line.relabelled(Label.HEADING, rules.SHORT_LINE_BEFORE_PROSE) == replace(
        line, label=Label.HEADING, rule=rules.SHORT_LINE_BEFORE_PROSE)


def test_a_short_line_after_the_last_paragraph_is_a_trailing_label():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, MORE), (B, "More Articles")]
    assert rule_of(pairs, "More Articles") == (Label.BOILERPLATE, rules.TRAILING_LABEL)


def test_a_date_line_under_the_story_does_not_keep_the_labels_above_it():
    # Tumblr: the post's tags and its count of notes, then its date.
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, MORE), (B, "#harbour #bridge"),
             (B, "12 notes"), (D, "Mar 9th, 2025")]
    assert rule_of(pairs, "12 notes") == (Label.BOILERPLATE, rules.TRAILING_LABEL)
    assert rule_of(pairs, "#harbour #bridge") == (Label.BOILERPLATE, rules.TRAILING_LABEL)
    assert rule_of(pairs, "Mar 9th, 2025")[0] is Label.DATELINE


def test_a_list_after_the_last_paragraph_stays_in_the_story():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, "- a new bridge"), (B, "- a new road")]
    assert rule_of(pairs, "- a new road")[0] is Label.LIST_ITEM


def test_a_story_without_prose_keeps_its_short_lines():
    pairs = [(T, "Bridge approved"), (B, "Vote: 31 to 12"), (B, "Cost: 40 million euros")]
    assert rule_of(pairs, "Cost: 40 million euros")[0] is Label.PARAGRAPH


def test_a_button_label_between_paragraphs_is_a_call_to_action():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, "Book a demo"), (B, MORE)]
    assert rule_of(pairs, "Book a demo") == (Label.BOILERPLATE, "call-to-action")
    assert rules.reason("call-to-action")  # the audit says why


def test_a_promo_for_the_site_s_own_tool_is_a_call_to_action():
    promo = "Try Our Home Renovation Cost Calculator"
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, promo), (B, MORE)]
    assert rule_of(pairs, promo) == (Label.BOILERPLATE, "call-to-action")


def test_a_sentence_about_a_tool_stays():
    told = "Try our advice: use the council's calculator before you apply for the grant."
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, told), (B, MORE)]
    assert rule_of(pairs, told)[0] is Label.PARAGRAPH


def test_a_sentence_that_asks_the_reader_to_act_stays():
    ask = "Get started by reading the council's plan, which is online since Tuesday."
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, ask), (B, MORE)]
    assert rule_of(pairs, ask)[0] is Label.PARAGRAPH


def test_a_disclosure_of_affiliate_links_is_dropped():
    notice = ("This post contains affiliate links. If you buy through them, we may earn a "
              "small commission at no extra cost to you.")
    pairs = [(T, "Bridge approved"), (B, notice), (B, PROSE), (B, MORE)]
    assert rule_of(pairs, notice) == (Label.BOILERPLATE, "affiliate-disclosure")
    assert rules.reason("affiliate-disclosure")  # the audit says why


def test_a_story_that_mentions_a_commission_keeps_it():
    # A quoted agent earns a commission; nothing is bought or clicked through the page.
    quote = "\u201cWe get a commission on every flat we sell,\u201d the agent said on Tuesday."
    about = ("Affiliate marketing pays a publisher for each sale it sends, and many sites "
             "now earn more from it than from advertising.")
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, quote), (B, about), (B, MORE)]
    assert rule_of(pairs, quote)[0] is Label.PARAGRAPH
    assert rule_of(pairs, about)[0] is Label.PARAGRAPH


def test_a_disclosure_between_headline_and_byline_is_not_the_deck():
    # Where standfirsts stand, a deck is kept even if the model left it out; a
    # disclosure that stands there is not one.
    notice = "We may earn a commission when you buy through links on this page."
    pairs = [(T, "Bridge approved"), (N, notice), (Y, "By Maria Lopez"), (B, PROSE), (B, MORE)]
    assert rule_of(pairs, notice)[0] is Label.BOILERPLATE


def test_a_slight_line_under_the_headline_is_not_the_deck():
    pairs = [(T, "Bridge approved"), (B, "Last Updated: December 2025."), (B, PROSE), (B, MORE)]
    assert rule_of(pairs, "Last Updated: December 2025.")[0] is not Label.DECK


# A story long enough to have been told (revising.COMMENTS_AFTER_WORDS) above a heading.
# A story told at some length: six different paragraphs (a repeated one would be a copy).
TOLD = [(B, f"Speaker number {n} at the meeting told the council that the harbour had waited "
            f"long enough and that the ferries could no longer carry everyone across.")
        for n in ("one", "two", "three", "four", "five", "six")]
COMMENT = ("Any update on how the follow-up paper will affect the recommendation for the "
           "charity, and when will the review of it be published on the blog?")


def test_a_blog_comment_headed_with_its_time_and_all_after_it_are_dropped():
    pairs = [(T, "Open thread"), (B, PROSE), (N, "Comments"),
             (N, "Milan Griffes on September 12, 2018 at 4:47 pm said:"), (B, COMMENT),
             (B, "Catherine on September 13, 2018 at 5:23 pm said:"), (B, MORE)]
    assert rule_of(pairs, COMMENT) == (Label.BOILERPLATE, rules.COMMENT_SECTION)
    assert rule_of(pairs, MORE) == (Label.BOILERPLATE, rules.COMMENT_SECTION)
    assert rule_of(pairs, PROSE) == (Label.PARAGRAPH, rules.LABELLED_BODY)


def test_a_commenter_who_says_over_the_time_heads_a_comment():
    pairs = [(T, "Open thread"), (B, PROSE), (N, "Florence says:"),
             (N, "January 7, 2016 at 10:31 am"), (B, COMMENT)]
    assert rule_of(pairs, COMMENT) == (Label.BOILERPLATE, rules.COMMENT_SECTION)


@pytest.mark.parametrize("heading", [
    "3 thoughts on “Bridge approved”",  # WordPress's themes
    "12 Responses to “Bridge approved”",
    "One reply to “Bridge approved”",
    "12 comments:",  # Blogger's
    "3 Gedanken zu „Bridge approved“",  # the themes' translations
    "2 réflexions sur « Bridge approved »",
    "12 Kommentare:",
])
def test_a_blog_themes_count_of_comments_heads_them_once_the_story_is_told(heading):
    # Tagged as text, as the labeller may: the title it quotes reads as a headline.
    told = [(T, "Bridge approved"), *TOLD, (B, heading), (B, COMMENT)]
    assert rule_of(told, COMMENT) == (Label.BOILERPLATE, rules.COMMENT_SECTION)
    assert rule_of(told, heading) == (Label.BOILERPLATE, rules.COMMENT_SECTION)
    # Beside the byline, before the story is told, it is a link down to them.
    near_byline = [(T, "Bridge approved"), (N, heading), (B, PROSE), (B, MORE)]
    assert rule_of(near_byline, MORE) == (Label.PARAGRAPH, rules.LABELLED_BODY)


@pytest.mark.parametrize("control", ["Post Load All Comments", "View all comments",
                                     "Search 87 Comments Log In/Create an Account",
                                     "Comments Filter:", "Alle Kommentare anzeigen",
                                     "Voir les commentaires", "Cargar más comentarios"])
def test_a_comment_boxs_control_under_the_told_story_ends_it(control):
    pairs = [(T, "Bridge approved"), *TOLD, (B, control), (B, COMMENT), (B, MORE)]
    assert rule_of(pairs, COMMENT) == (Label.BOILERPLATE, rules.COMMENT_SECTION)
    assert rule_of(pairs, MORE) == (Label.BOILERPLATE, rules.COMMENT_SECTION)
    # Under the byline it is a link down to the comments.
    near_byline = [(T, "Bridge approved"), (B, control), (B, PROSE), (B, MORE)]
    assert rule_of(near_byline, MORE) == (Label.PARAGRAPH, rules.LABELLED_BODY)


def test_a_comment_control_set_by_each_item_of_a_list_does_not_end_the_story():
    pairs = [(T, "Three ferries compared"), *TOLD, (N, "Show more comments"), (B, PROSE),
             (N, "Show more comments"), (B, MORE)]
    assert rule_of(pairs, MORE) == (Label.PARAGRAPH, rules.LABELLED_BODY)


@pytest.mark.parametrize("line", ["Three thoughts on “Bridge approved” from the ferry's captain.",
                                  "Responses:", "Thoughts:"])
def test_a_story_line_that_only_looks_like_a_comment_count_is_the_storys(line):
    pairs = [(T, "Bridge approved"), *TOLD, (B, line), (B, MORE)]
    assert rule_of(pairs, MORE) == (Label.PARAGRAPH, rules.LABELLED_BODY)


OTHER_HEADLINES = ["Ferry fares to rise in spring", "Harbour tunnel plan shelved again"]


@pytest.mark.parametrize("heading", ["More Articles", "🔥 Recommended Posts",
                                     "You Might also like...", "Related Articles from the blog:",
                                     "Trending stories in world travel", "Lesen Sie auch:",
                                     "You may be interested in the following topics as well",
                                     "More content by us:",
                                     "Explore other harbour topics & resources."])
def test_a_list_of_other_stories_under_the_told_story_ends_it(heading):
    pairs = [(T, "Bridge approved"), *TOLD, (B, heading), *((B, h) for h in OTHER_HEADLINES)]
    for line in (heading, *OTHER_HEADLINES):
        assert rule_of(pairs, line) == (Label.BOILERPLATE, rules.OTHER_STORIES)


def test_a_box_of_other_stories_in_the_storys_middle_does_not_end_it():
    # A paragraph longer than a teaser under the box: the story goes on.
    longer = f"{PROSE} {MORE} {PROSE}"
    pairs = [(T, "Bridge approved"), *TOLD, (N, "Related"), (B, OTHER_HEADLINES[0]),
             (B, longer)]
    assert rule_of(pairs, longer) == (Label.PARAGRAPH, rules.LABELLED_BODY)


def test_a_list_heading_over_half_as_many_words_as_the_story_does_not_end_it():
    # 130 words told, 82 under the heading: more of the story, not a list.
    pairs = [(T, "Bridge approved"), *TOLD[:5], (N, "Related articles"), (B, PROSE),
             (B, MORE), (B, PROSE)]
    assert rule_of(pairs, MORE) == (Label.PARAGRAPH, rules.LABELLED_BODY)


@pytest.mark.parametrize("line", ["Popular posts are performing well", "More posts, more readers."])
def test_a_story_line_that_only_opens_like_a_list_heading_is_the_storys(line):
    pairs = [(T, "Bridge approved"), *TOLD, (B, line), (B, OTHER_HEADLINES[0])]
    assert rule_of(pairs, OTHER_HEADLINES[0])[1] != rules.OTHER_STORIES


def test_what_a_letter_says_in_the_story_stays():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, "The council's letter says:"), (B, MORE)]
    assert rule_of(pairs, MORE) == (Label.PARAGRAPH, rules.LABELLED_BODY)


def test_a_shops_price_button_between_paragraphs_is_dropped():
    pairs = [(T, "Running shoes tested"), (B, PROSE), (B, "$150 at Amazon$150 at Zappos"),
             (B, "Check price at Amazon (on sale!)"), (B, MORE)]
    assert rule_of(pairs, "$150 at Amazon$150 at Zappos") == (Label.BOILERPLATE, "shop-button")
    assert rule_of(pairs, "Check price at Amazon (on sale!)") == (Label.BOILERPLATE,
                                                                  "shop-button")


def test_a_sentence_naming_a_price_and_a_shop_stays():
    pairs = [(T, "Running shoes tested"), (B, PROSE), (B, "$150 at most shoe shops."),
             (B, MORE)]
    assert rule_of(pairs, "$150 at most shoe shops.") == (Label.PARAGRAPH, rules.LABELLED_BODY)


@pytest.mark.parametrize("line, rule", [
    ("Buy on Amazon", "shop-button"),
    ("Read the review", "shop-button"),
    ("Book Now", "call-to-action"),
    ("Book Free Demo", "call-to-action"),
    ("Schedule a Free Call", "call-to-action"),
    ("Loading paragraph...", "loading-placeholder"),
    ("READ MORE: Harbour ferry to stop running when the bridge opens", "story-link"),
    ("Lesen Sie auch: Die neue Brücke kostet 40 Millionen Euro", "story-link"),
    ("Te puede interesar: Qué cambia en tu nómina a partir de marzo", "story-link"),
    ("À voir aussi : le Quai accueille une exposition", "story-link"),
    ("Saiba mais: o que muda na ponte nova", "story-link"),
    ("Potrebbe interessarti: il ponte chiude a marzo", "story-link"),
    ("Lees meer: de brug gaat dicht", "story-link"),
    ("Baca juga: Jembatan baru dibuka bulan depan", "story-link"),
    ("Läs också: Bron stängs i mars", "story-link"),
    ("Przeczytaj też: Nowy most otwarty", "story-link"),
    ("On HarbourNews.com: Ferry to stop when the bridge opens", "story-link"),
    ("Advertisement - Continue Reading Below", "advert-marker"),
    ("Sponsor Message", "advert-marker"),
    # the advert's label alone, in other languages
    ("Anzeige", "advert-marker"),
    ("Pubblicità", "advert-marker"),
    ("Реклама", "advert-marker"),
    # a recipe card's rating and its prompt, in other languages too
    ("4.86 from 14 votes", "call-to-action"),
    ("4,86 da 14 voti", "call-to-action"),
    ("Hai provato questa ricetta? Taggami su Instagram oppure lascia un commento!",
     "call-to-action"),
    ("Questo post può contenere link di affiliazione. Se acquisti tramite questi link, "
     "potrei ricevere una piccola commissione.", "affiliate-disclosure"),
    ("Dieser Beitrag enthält Affiliate-Links.", "affiliate-disclosure"),
    ("Image copyright Getty Images", "media-credit"),
    ("Natalie Naccache | Bloomberg | Getty Images", "media-credit"),
    ("Courtesy of Andrew Vaughan", "media-credit"),
    ("Image 2 of 5", "media-credit"),
    ("Media playback is unsupported on your device", "media-credit"),
    ("Media captionThe mayor opens the meeting", "media-credit"),
    ("Protesters gather outside the town hall before the vote [File: Reuters]",
     "media-credit"),
    ("Cars cross the old bridge on Tuesday. (AP Photo/Jane Doe)", "media-credit"),
    # a caption's credit after its last sentence, with or without a space
    ("Kaya Monroe at the awards in Los Angeles on March 1, 2025. Getty Images",
     "credited-caption"),
    ("Pilates is the most-booked class of 2024.Mikolette / Getty Images", "media-credit"),
    ("Do you have a healthy relationship with your phone? Morsa Images/DigitalVision via "
     "Getty Images", "credited-caption"),
    ("Read 2.1K replies", "social-prompt"),  # an embedded post's button
    # prompts in other languages
    ("Puedes seguir a EL DIARIO Educación en Facebook y X, o apuntarte aquí para recibir "
     "nuestra newsletter semanal.", "social-prompt"),
    ("Suivez-nous sur Instagram et Facebook", "social-prompt"),
    ("Folgen Sie uns auf Instagram", "social-prompt"),
    ("Recibe el boletín de Educación, con las claves de la semana", "signup-note"),
    ("APÚNTATE", "signup-note"),
    ("Newsletter abonnieren", "signup-note"),
    # a video player's and a picture's controls
    ("JUST WATCHED", "media-credit"),
    ("More Videos ...", "media-credit"),
    ("toggle caption", "media-credit"),
    ("Enlarge this image", "media-credit"),
    ("See Rates", "call-to-action"),
    ("You've reached your limit of free articles this month.", "paywall"),
    ("Get unlimited digital access for just $1 for your first 6 months.", "paywall"),
    ("Already a subscriber? Log in", "paywall"),
    # a Korean agency's credit after a caption's last sentence
    ("2025학년도 입학식이 열린 4일 한 초등학교 교실이 비어 있다. /연합뉴스", "credited-caption"),
    ("This post is for paying subscribers only", "paywall"),  # Ghost
    ("Become a paying member of The Harbour Ledger to get access to this post and other "
     "subscriber-only content.", "paywall"),
    ("Keep reading with a 7-day free trial", "paywall"),  # Substack
    ("Since you’re here …", "reader-appeal"),
    ("… we have a small favour to ask. More people are reading the Harbour News than ever "
     "but advertising revenues are falling.", "reader-appeal"),
    ("Support local journalism and get access to breaking news and the e-Edition.",
     "reader-appeal"),
    ("Subscribe to the Harbour News YouTube Channel for all of the latest videos!",
     "social-prompt"),
    ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", "social-prompt"),
    ("Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support "
     "my work.", "signup-note"),
    ("Enter your email to get tips, giveaways and more in our weekly newsletter.",
     "signup-note"),
    ("Enter your email address", "signup-note"),
    ("If you believe stories like the one you just finished matter, please consider "
     "pitching in what you can.", "support-appeal"),
    ("View on Amazon Links to Amazon.com", "shop-button"),
    ("Buy now from one of our trusted retail partners:", "shop-button"),
    ("Request A Free Consultation for Accounting Services", "call-to-action"),
    ("Get in touch today to see how we can help you!", "call-to-action"),
    ("See List", "call-to-action"),
    ("Join Medium for free to get updates from this writer.", "signup-note"),
    ("Get Jane Doe’s stories in your inbox", "signup-note"),
    ("Join the Facebook group – facebook.com/HarbourNotes", "social-prompt"),
    # An emoji or arrows before the label.
    ("✉️ Reply by email", "signup-note"),
    ("What do you think? Let me know in the comments.", "call-to-action"),
    ("Thank you! Please check your inbox", "signup-note"),
    ("Advertising Policy", "advert-marker"),
    ("JUMP TO THE LIST", "contents-heading"),
    ("💡 Read More: Ferry fares to rise in spring", "story-link"),
    (">> Related: Harbour tunnel plan shelved again", "story-link"),
    ("Catch up on our coverage of the harbour, and follow us on Facebook, Instagram and "
     "TikTok to stay up to date.", "social-prompt"),
    ("Did you make one of my recipes? Please take a moment to leave a star rating.",
     "call-to-action"),
    # … whatever asks follow it on the line
    ("Did you make this recipe? Leave a comment below, and follow Harbour Kitchen on "
     "Facebook, Pinterest and YouTube for all the latest recipes, and subscribe to my "
     "mailing list to get every new one as soon as it is published!", "call-to-action"),
    ("Help me spread the word about this podcast!", "call-to-action"),
    ("Contact Us About Your Project", "call-to-action"),
    ("Talk to an Expert", "call-to-action"),
    ("Stop Searching & Start Winning. Talk To Our Harbour Marketing Experts",
     "call-to-action"),
    ("How Was This Issue?", "call-to-action"),  # a newsletter's feedback prompt
    ("We may be compensated when you click on a link, when an application is approved, or "
     "when an account is opened with one of our partners. Terms apply to the offers below.",
     "affiliate-disclosure"),
    ("Sign up for the latest news from Harbour Notes", "call-to-action"),
    ("Contact Us", "call-to-action"),
    ("Nearly 100,000 people subscribe. Your support is greatly appreciated!",
     "support-appeal"),
    ("Harbour Notes is a production of Quay Press. If you liked this article, please "
     "consider sharing it.", "support-appeal"),
    # an appeal that runs on through several asks
    ("Harbour Notes is a production of Quay Press. If you liked this article, please "
     "consider liking, sharing, and subscribing to the Quay Digest newsletter. If you want "
     "to support Quay Press continuing to publish its ferry reviews, tide tables and the "
     "harbour diary, please consider a one-off donation or becoming a regular supporter "
     "of Quay Press on its membership page.", "support-appeal"),
    ("Receive harbour news, delivered to your inbox", "signup-note"),
    ("Subscribe to Harbour Notes", "signup-note"),
    ("Ferry analytics - what's actually happening (Sponsored)", "advert-marker"),
    ("Feature image by Quay Press, all other images via the council", "media-credit"),
    ("By submitting this form, you authorize the Harbour Trust to contact you.",
     "terms-notice"),
    ("By using any of the recipes or information on this website, you are agreeing to "
     "its terms.", "terms-notice"),
    ("Image source: Getty Images.", "media-credit"),
    ("FTC: We use income earning auto affiliate links. More.", "affiliate-disclosure"),
    ("Listen to this article in summarized format", "media-credit"),
    ("Email(Required)", "form-label"),
    ("Claim Your Free Harbour Advice", "call-to-action"),
    ("Learn More »", "call-to-action"),
    ("Click here to get the Harbour News app", "call-to-action"),
    ("Tell us what you think...", "call-to-action"),
    ("Enjoyed this piece? We need your help to keep publishing.", "support-appeal"),
    # words between "our" and what it supports; an appeal while the story is read
    ("If you’re enjoying this story, consider supporting our independent harbour "
     "journalism by subscribing.", "support-appeal"),
    ("This slideshow requires JavaScript.", "media-credit"),
    ("Play Video", "media-credit"),
    ("Email address", "form-label"),
    ("Add as a preferred source on Google", "call-to-action"),
    ("Get A Quote (866) 377-8209", "call-to-action"),
    ("Get a Quote from Harbour Van Lines", "call-to-action"),
    ("Get an estimate from a local pro", "call-to-action"),
    ("See more reviews", "call-to-action"),
    ("We independently test everything we recommend.", "methods-notice"),
    ("Buying through links on our site supports our work.", "methods-notice"),
    ("Home » Ferry Guides » Harbour Ferries", "home-trail"),
    ("Source", "media-credit"),
    ("Oops! Something went wrong while submitting the form.", "form-message"),
    ("Thank you! Your submission has been received!", "form-message"),
    ("This field is for validation purposes and should be left unchanged.", "form-message"),
    ("Link copied to clipboard!", "form-message"),
    ("No credit card required.", "form-message"),
    ("We respect your privacy. All email addresses you provide will be used just for "
     "sending this story.", "form-message"),
    ("Company *", "form-label"),
    ("Quay, Quay Press and their logos are trademarks or registered trademarks of Quay "
     "Holdings S.A. and/or its affiliates.", "trademark-notice"),
])
def test_a_publishers_line_between_paragraphs_is_dropped(line, rule):
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, line), (B, MORE)]
    assert rule_of(pairs, line) == (Label.BOILERPLATE, rule)


@pytest.mark.parametrize("line", [
    "See also: the council's report on the harbour, which found that the ferry carries "
    "fewer passengers every year and that the bridge will be used by many more people "
    "than the planners expected.",
    "Advertising: the council will pay for the bridge with a new tax on billboards.",
    "Like many people on TikTok, the mayor posted a video of the bridge's plans.",
    "The mayor asked the council to consider supporting the plan before the vote.",
    "The council asked residents to help us spread the word about the new bins.",
    "Contact us about the bridge plans, the mayor said.",
    "He said you should talk to an expert.",
    "Talk to an expert about your pension before you retire.",
    "While you should be compensated for your skills, click through the council's pay "
    "scales before you ask.",
    "HARBOUR CITY (AP) — The council voted on Tuesday to build the bridge.",
    "Enter your email address in the field marked Login and press Next.",
    "Loading the ferry took the crew two hours on Tuesday...",
    "1. Get in touch with the harbour master before you sail.",
    "The mayor said he would subscribe to the plan if the council agreed.",
    # an agency a sentence names, not a credit after its full stop
    "The ferry will stop running in March, the council said, according to Reuters.",
    "Since you're here, the mayor told the crowd, you can see how the bridge will look.",
    "El alcalde sigue sin responder a las críticas en Facebook, según la oposición.",
    "By using the ferry, commuters save an hour; you agree it is worth it.",
    "I want to thank everyone who sponsors the ferry project: your support is very much "
    "appreciated.",
    "The council filed a federal trademark for the ferry's name last year.",
    "Learn more about the bridge at the council's open day on Saturday.",
    "Get a quote from three builders before you choose one, the council advises.",
    "Source: the council's own figures, which the mayor read out on Tuesday.",
    "La pubblicità sui traghetti ha portato 40.000 euro al comune nel 2024.",
    "4 of 5 residents voted for the bridge.",
    "Listening to the harbour at night, the mayor changed her mind.",
])
def test_story_text_worded_like_a_publishers_line_stays(line):
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, line), (B, MORE)]
    assert rule_of(pairs, line) == (Label.PARAGRAPH, rules.LABELLED_BODY)


def test_a_subheading_on_photo_sources_is_no_credit():
    line = "Photo Sources and Display Controls"  # an app review's subheading
    pairs = [(T, "Photo frame app"), (B, PROSE), (B, line), (B, MORE)]
    assert rule_of(pairs, line)[0] is Label.HEADING


def test_a_quoted_message_is_not_taken_for_the_prompt_it_quotes():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, "> what do you think?"), (B, MORE)]
    assert rule_of(pairs, "> what do you think?")[0] is not Label.BOILERPLATE


def test_a_shop_button_names_a_shop():
    # "View on Amazon" is a button; "View on the river", a short line of the story.
    assert rules.match(PUBLISHERS_LINES, "View on Amazon") is not None
    assert rules.match(PUBLISHERS_LINES, "View on the river") is None


THIRD = ("Work on the bridge will start next spring, once the contracts have been signed "
         "and the harbour authority has agreed on where the cranes will stand.")


def test_a_second_copy_of_the_story_on_the_page_is_dropped():
    story = [(B, PROSE), (B, MORE), (B, THIRD)]
    lines = revised([(T, "Bridge approved"), *story, (N, "Read the story"), *story]).lines
    kept = [j.line.text for j in lines if j.label in (Label.DECK, Label.PARAGRAPH)]
    assert kept == [PROSE, MORE, THIRD]
    assert [j.rule for j in lines[-3:]] == [rules.REPEATED_STORY] * 3


def test_a_refrain_the_story_repeats_stays():
    refrain = "We will build it. We will build it together."
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, refrain), (B, MORE), (B, refrain),
             (B, THIRD)]
    kept = [j.line.text for j in revised(pairs).lines if j.label is Label.PARAGRAPH]
    assert kept.count(refrain) == 2


def test_the_writers_biography_under_a_told_story_is_dropped():
    pairs = [(T, "Bridge approved"), *TOLD, (B, MORE), (B, BIO)]
    assert rule_of(pairs, BIO) == (Label.BOILERPLATE, rules.WRITER_BIO)


BOX = ("Karina holds a degree in civil engineering and has written about the harbour and "
       "its bridges for ten years.")


def test_an_authors_box_of_her_name_over_her_biography_closes_a_told_story():
    pairs = [(T, "Bridge approved"), *TOLD, (B, MORE), (B, "Karina Cohen"), (B, BOX)]
    assert rule_of(pairs, "Karina Cohen") == (Label.BOILERPLATE, rules.WRITER_BIO)
    assert rule_of(pairs, BOX) == (Label.BOILERPLATE, rules.WRITER_BIO)


def test_a_name_over_a_paragraph_on_her_in_the_storys_middle_stays():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, "Karina Cohen"), (B, BOX), *TOLD]
    assert rule_of(pairs, BOX) == (Label.PARAGRAPH, rules.LABELLED_BODY)


def test_a_person_introduced_in_the_storys_middle_stays():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, MORE), (B, BIO), *TOLD]
    assert rule_of(pairs, BIO) == (Label.PARAGRAPH, rules.LABELLED_BODY)


def test_the_heading_of_a_table_of_contents_is_dropped():
    pairs = [(T, "Bridge approved"), (B, "Table of Contents"), (B, PROSE), (B, MORE)]
    assert rule_of(pairs, "Table of Contents") == (Label.BOILERPLATE, "contents-heading")


def test_everything_under_substacks_comment_heading_is_dropped():
    pairs = [(T, "Bridge approved"), (B, PROSE), (N, "Discussion about this post"),
             (B, COMMENT)]
    assert rule_of(pairs, COMMENT) == (Label.BOILERPLATE, rules.COMMENT_SECTION)


CITATION = ("Hofmann SG, Asnaani A. The efficacy of cognitive behavioral therapy: a review "
            "of meta-analyses. Cognit Ther Res 2012;36(5):427-440.")


def test_the_sources_under_a_story_are_dropped_from_their_heading_on():
    pairs = [(T, "Therapy works"), (B, PROSE), (B, MORE), (B, "References"), (B, CITATION)]
    assert rule_of(pairs, CITATION) == (Label.BOILERPLATE, rules.REFERENCE_SECTION)
    assert rule_of(pairs, MORE) == (Label.PARAGRAPH, rules.LABELLED_BODY)


def test_a_storys_own_notes_stay():
    pairs = [(T, "Therapy works"), (B, PROSE), (B, "Notes"), (B, MORE)]
    assert rule_of(pairs, MORE) == (Label.PARAGRAPH, rules.LABELLED_BODY)


def test_the_comments_heading_under_a_told_story_opens_the_comment_section():
    pairs = [(T, "Bridge approved"), *TOLD, (N, "12 Comments"), (B, COMMENT)]
    assert rule_of(pairs, COMMENT) == (Label.BOILERPLATE, rules.COMMENT_SECTION)


def test_a_comment_count_by_the_byline_opens_nothing():
    pairs = [(T, "Bridge approved"), (B, PROSE), (N, "12 Comments"), (B, MORE)]
    assert rule_of(pairs, MORE) == (Label.PARAGRAPH, rules.LABELLED_BODY)


def test_a_date_line_the_header_found_below_the_comments_heading_stays_its_own():
    pairs = [(T, "Bridge approved"), *TOLD, (N, "Leave a comment"),
             (D, "Published March 3, 2025")]
    assert rule_of(pairs, "Published March 3, 2025") == (Label.DATELINE, rules.DATELINE)


BIO = "Jane Doe is a reporter who has covered the city council and its bridges since 2015."


def test_the_authors_box_under_a_told_story_is_dropped():
    pairs = [(T, "Bridge approved"), *TOLD, (B, "About the Author"), (B, BIO)]
    assert rule_of(pairs, BIO) == (Label.BOILERPLATE, rules.CLOSING_SECTION)


def test_an_authors_box_above_the_story_closes_nothing():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, "About the Author"), (B, MORE)]
    assert rule_of(pairs, MORE) == (Label.PARAGRAPH, rules.LABELLED_BODY)


def test_an_authors_box_run_into_its_first_line_closes_the_story():
    box = "About the author: " + BIO
    pairs = [(T, "Bridge approved"), *TOLD, (B, box), (B, "Follow Jane on her blog.")]
    assert rule_of(pairs, box) == (Label.BOILERPLATE, rules.CLOSING_SECTION)


def test_an_authors_box_headed_by_the_writers_name_closes_the_story():
    pairs = [(T, "Bridge approved"), *TOLD, (B, "About Jane Doe"), (B, BIO)]
    assert rule_of(pairs, BIO) == (Label.BOILERPLATE, rules.CLOSING_SECTION)


ABOUT_LIBRARY = ("Founded in 1887, the Harbour City Public Library serves 60,000 residents "
                 "through its main library and three branches.")


def test_a_press_releases_notes_on_the_company_close_the_story():
    pairs = [(T, "Bridge approved"), *TOLD, (B, "About Harbour City Public Library"),
             (B, ABOUT_LIBRARY)]
    assert rule_of(pairs, ABOUT_LIBRARY) == (Label.BOILERPLATE, rules.CLOSING_SECTION)


def test_a_menus_about_us_closes_nothing():
    pairs = [(T, "Bridge approved"), *TOLD, (B, "About Us"), (B, ABOUT_LIBRARY)]
    assert rule_of(pairs, ABOUT_LIBRARY)[0] is Label.PARAGRAPH


def test_the_links_to_the_previous_and_next_post_close_a_told_story():
    pairs = [(T, "Bridge approved"), *TOLD, (B, "← Previous Post Next Post →"), (B, BIO)]
    assert rule_of(pairs, BIO) == (Label.BOILERPLATE, rules.CLOSING_SECTION)


def test_a_carousels_previous_and_next_close_nothing():
    pairs = [(T, "Bridge approved"), *TOLD, (B, "Previous Next"), (B, MORE)]
    assert rule_of(pairs, MORE) == (Label.PARAGRAPH, rules.LABELLED_BODY)


def test_a_sentence_about_the_authority_of_courts_closes_nothing():
    line = "About the authority of courts, the council said nothing."
    assert not rules.CLOSING_HEADING.match(line)
    pairs = [(T, "Bridge approved"), *TOLD, (B, line)]
    assert rule_of(pairs, line) == (Label.PARAGRAPH, rules.LABELLED_BODY)


ENDING = ("In the end, the bridge is a bet on the harbour's future, and the council has "
          "decided that the bet is worth making.")


def test_a_conclusion_under_the_story_is_kept_with_its_heading():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, MORE), (N, "Conclusion"), (N, ENDING),
             (N, "Share this")]
    lines = {j.line.text: j for j in revised(pairs).lines}
    assert lines[ENDING].label is Label.PARAGRAPH and lines[ENDING].rule == rules.CONCLUSION
    assert lines["Conclusion"].label is Label.HEADING
    assert not lines["Share this"].label.kept


def test_a_conclusion_heading_far_from_the_kept_story_keeps_nothing():
    # A table of contents above the story names its conclusion too.
    pairs = [(N, "Contents"), (N, "Conclusion"), (N, ENDING), (N, "Weather"), (N, "Sport"),
             (N, "Traffic"), (T, "Bridge approved"), (B, PROSE), (B, MORE)]
    assert rule_of(pairs, ENDING)[0] is Label.BOILERPLATE


def test_a_conclusion_ends_at_the_first_line_that_is_not_prose():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, MORE), (N, "Final thoughts"), (N, ENDING),
             (N, "Get started for free"), (N, PROSE)]
    lines = revised(pairs).lines
    assert lines[4].rule == rules.CONCLUSION
    assert not lines[5].label.kept and not lines[6].label.kept


INTRO = "The council listed what the bridge will carry:"


def test_the_lines_a_colon_introduces_up_to_the_story_s_next_paragraph_are_kept():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, INTRO), (N, "Two lanes for cars"),
             (N, "A lane for bicycles"), (B, MORE)]
    assert rule_of(pairs, "A lane for bicycles") == (Label.LIST_ITEM, rules.INTRODUCED)
    assert rule_of(pairs, "Two lanes for cars") == (Label.LIST_ITEM, rules.INTRODUCED)


def test_sentences_a_colon_introduces_are_paragraphs():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, INTRO), (N, ENDING), (B, MORE)]
    assert rule_of(pairs, ENDING) == (Label.PARAGRAPH, rules.INTRODUCED)


def test_a_bulleted_list_between_the_story_s_paragraphs_is_kept():
    pairs = [(T, "Bridge approved"), (B, PROSE), (N, "• Two lanes for cars"),
             (N, "• A lane for bicycles"), (B, MORE)]
    assert rule_of(pairs, "• Two lanes for cars") == (Label.LIST_ITEM, rules.BULLETED_GAP)
    assert rule_of(pairs, "• A lane for bicycles") == (Label.LIST_ITEM, rules.BULLETED_GAP)


def test_one_bulleted_line_between_the_story_s_paragraphs_stays_dropped():
    pairs = [(T, "Bridge approved"), (B, PROSE), (N, "• Share on Facebook"), (B, MORE)]
    assert not rule_of(pairs, "• Share on Facebook")[0].kept


def test_what_a_colon_introduces_where_the_story_does_not_go_on_stays_dropped():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, INTRO), (N, "Two lanes for cars"),
             (N, "Weather")]
    assert not rule_of(pairs, "Two lanes for cars")[0].kept


def test_a_shop_button_in_what_a_colon_introduces_is_dropped():
    pairs = [(T, "Running shoes tested"), (B, PROSE), (B, "Our pick:"), (N, "Trail Runner 3"),
             (N, "See price at Amazon"), (B, MORE)]
    assert rule_of(pairs, "Trail Runner 3") == (Label.LIST_ITEM, rules.INTRODUCED)
    assert rule_of(pairs, "See price at Amazon") == (Label.BOILERPLATE, "shop-button")


def test_a_gap_holding_a_furniture_phrase_is_not_what_the_colon_introduced():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, INTRO), (N, "Two lanes for cars"),
             (N, "Share on Facebook"), (B, MORE)]
    assert not rule_of(pairs, "Two lanes for cars")[0].kept


def test_a_line_of_code_ending_in_a_colon_introduces_nothing():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, "def notify(title, message):"),
             (N, "print(title)"), (B, MORE)]
    assert not rule_of(pairs, "print(title)")[0].kept


def test_a_numbered_part_between_the_kept_parts_around_it_is_kept():
    pairs = [(T, "Bridge approved"), (B, "1. It costs 40 million euros."), (B, PROSE),
             (N, "2. It opens in 2028."), (B, MORE), (B, "3. Cars pay a toll."), (B, ENDING)]
    assert rule_of(pairs, "2. It opens in 2028.") == (Label.PARAGRAPH, rules.NUMBERED)


def test_the_first_part_above_the_storys_first_kept_part_is_kept_with_its_text():
    pairs = [(T, "Bridge approved"), (N, "1. The cost"), (N, PROSE), (B, "2. The route"),
             (B, MORE), (B, "3. The vote"), (B, ENDING)]
    assert rule_of(pairs, "1. The cost") == (Label.HEADING, rules.NUMBERED_SECTION)
    assert rule_of(pairs, PROSE) == (Label.PARAGRAPH, rules.NUMBERED_PART_TEXT)


def test_the_part_after_the_storys_last_kept_part_is_kept_with_its_text():
    pairs = [(T, "Bridge approved"), (B, "1. The cost"), (B, PROSE), (B, "2. The route"),
             (B, MORE), (N, "3. The vote"), (N, ENDING), (N, "Most read")]
    assert rule_of(pairs, "3. The vote") == (Label.HEADING, rules.NUMBERED_SECTION)
    assert rule_of(pairs, ENDING) == (Label.PARAGRAPH, rules.NUMBERED_PART_TEXT)
    assert not rule_of(pairs, "Most read")[0].kept


def test_a_list_under_the_story_that_numbers_afresh_stays_dropped():
    pairs = [(T, "Bridge approved"), (B, "1. The cost"), (B, PROSE), (B, "2. The route"),
             (B, MORE), (N, "Most read"), (N, "1 Ferry timetable cut over winter"),
             (N, "2 New school on the old gasworks site")]
    assert not rule_of(pairs, "1 Ferry timetable cut over winter")[0].kept


def test_numbered_parts_over_their_prose_are_subheadings():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, "1. The cost"), (B, MORE),
             (B, "2. The route"), (B, ENDING)]
    assert rule_of(pairs, "1. The cost") == (Label.HEADING, rules.NUMBERED_SECTION)
    assert rule_of(pairs, "2. The route") == (Label.HEADING, rules.NUMBERED_SECTION)


def test_a_question_over_prose_is_a_subheading():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, "How much will the bridge cost?"),
             (B, MORE)]
    assert rule_of(pairs, "How much will the bridge cost?") == (Label.HEADING,
                                                                rules.QUESTION_HEADING)


@pytest.mark.parametrize("line", ["“Who will pay for it?”", "The vote was close. Who pays?",
                                  "Why? Because the ferry is old?"])
def test_a_quoted_question_or_more_than_one_sentence_stays_a_paragraph(line):
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, line), (B, MORE)]
    assert rule_of(pairs, line) == (Label.PARAGRAPH, rules.LABELLED_BODY)


def test_a_lone_numbered_line_over_prose_stays_a_paragraph():
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, "1. The cost"), (B, MORE)]
    assert rule_of(pairs, "1. The cost") == (Label.PARAGRAPH, rules.LABELLED_BODY)


def test_a_numbered_line_out_of_the_kept_parts_sequence_stays_dropped():
    pairs = [(T, "Bridge approved"), (B, "1. The cost"), (B, PROSE), (N, "7 things to do"),
             (B, MORE), (B, "3. The vote"), (B, ENDING)]
    assert not rule_of(pairs, "7 things to do")[0].kept


def test_a_table_s_short_rows_stay_apart_and_a_wrapped_sentence_is_joined():
    from seed_converter.structure import assemble

    wrapped = ("The bridge will cost about 40 million euros and take the builders four or "
               "maybe five years")
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, "Rank State Score"),
             (B, "1 North Dakota 82.0"), (B, "2 Vermont 80.8"), (B, wrapped),
             (B, "To build, the council said on Monday.")]
    blocks, _ = assemble(revised(pairs).lines)
    texts = [b.text for b in blocks]
    assert "1 North Dakota 82.0" in texts and "2 Vermont 80.8" in texts
    assert f"{wrapped} To build, the council said on Monday." in texts



def test_lines_a_browser_set_apart_stay_apart_though_they_end_without_a_full_stop():
    from seed_converter.structure import assemble

    items = ["Wanting to leave a legacy of information for the people who follow you",
             "Passionate about the business idea you have been thinking of for years"]
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, items[0]), (B, items[1]), (B, MORE)]
    blocks, _ = assemble(revised(pairs).lines)
    assert all(item in [b.text for b in blocks] for item in items)


def test_a_story_hard_wrapped_at_a_width_is_joined_where_a_word_would_not_fit():
    from seed_converter.structure import assemble

    # Wrapped at 100 columns; two lines break before a capital and a digit, which the
    # split does not join (only a line going on in lower case: the first two here).
    paragraphs = [
        ["The vote was welcomed on Tuesday evening by the fishermen, by the shopkeepers "
         "of the old town and", "by the harbour master, and then on Wednesday morning by all the "
         "members of the town council and by", "Mayor Jane Holt, who said that the work on "
         "the bridge would start in the spring."],
        ["The bridge should open to traffic in the summer, and the council expects the "
         "first cars in the year", "2028 at the earliest, in time for the festival."]]
    lines = [line for paragraph in paragraphs for line in ("", *paragraph)]
    pairs = [(T, "Bridge approved"), (B, PROSE)] + [(B, line) for line in lines]
    blocks, _ = assemble(revised(pairs).lines)
    assert [b.text for b in blocks][1:] == [" ".join(p) for p in paragraphs]


def test_a_wrapped_paragraphs_short_last_line_ends_it():
    from seed_converter.structure import assemble

    # The split joins the lower-case line to the one above; that the seed's line it
    # ended with was short (the paragraph ended there) is what counts, not how long
    # the joined line is.
    wrapped = ["The vote was welcomed on Tuesday evening by the fishermen, by the "
               "shopkeepers of the old town and", "by the harbour master"]
    after = ("Mayor Jane Holt said that the work on the bridge would start in the spring, "
             "and that the first cars would cross it in the year 2028.")
    pairs = [(T, "Bridge approved"), (B, PROSE), (B, ""), *((B, line) for line in wrapped),
             (B, after)]
    blocks, _ = assemble(revised(pairs).lines)
    assert [b.text for b in blocks][1:] == [" ".join(wrapped), after]


def test_a_paragraph_leading_into_what_follows_is_no_deck():
    lead = ("The council said on Tuesday that the bridge would cost the town three things, "
            "and listed them in its statement:")
    pairs = [(T, "Bridge approved"), (B, lead), (B, PROSE), (B, MORE)]
    assert rule_of(pairs, lead) == (Label.PARAGRAPH, rules.LABELLED_BODY)


def test_a_bulleted_list_set_between_the_story_s_paragraphs_is_kept():
    pairs = [(T, "Bridge approved"), (B, PROSE), (N, "• Two lanes for cars"),
             (N, "• A lane for bicycles"), (B, MORE)]
    assert rule_of(pairs, "• A lane for bicycles")[0] is Label.LIST_ITEM


def test_a_line_between_paragraphs_that_is_no_list_item_is_not_kept_as_one():
    pairs = [(T, "Bridge approved"), (B, PROSE), (N, "• Two lanes for cars"),
             (N, "Picture of the old ferry"), (B, MORE)]
    assert not rule_of(pairs, "Picture of the old ferry")[0].kept


def _labels_of(pairs, text: str) -> list[Label]:
    return [j.label for j in revised(pairs).lines if j.line.text == text]


def test_a_subheading_the_table_of_contents_lists_is_kept_inside_the_story():
    pairs = [(T, "Three days in the harbour"), (N, "Table of Contents"),
             (N, "Day 1: The old port"), (N, "Day 2: The bridge"), (B, PROSE),
             (N, "Day 2: The bridge"), (B, MORE)]
    # the contents list stays dropped, the story's own subheading is the story's
    assert _labels_of(pairs, "Day 2: The bridge") == [Label.BOILERPLATE, Label.HEADING]


@pytest.mark.parametrize("pairs", [
    # no table of contents lists it: a menu's label repeated
    [(T, "Three days in the harbour"), (N, "Day 2: The bridge"), (B, PROSE),
     (N, "Day 2: The bridge"), (B, MORE)],
    # listed, but past the story's last kept line
    [(T, "Three days in the harbour"), (N, "Contents"), (N, "Day 2: The bridge"), (B, PROSE),
     (B, MORE), (N, "Day 2: The bridge"), (N, "Share this")],
])
def test_a_repeated_line_no_contents_list_places_in_the_story_stays_dropped(pairs):
    assert _labels_of(pairs, "Day 2: The bridge")[-1] is Label.BOILERPLATE


def test_a_headline_under_a_read_also_label_in_the_story_is_a_story_link():
    pairs = [(T, "Bridge approved"), (B, PROSE), (N, "Leggi anche"),
             (B, "Ferry to stop running after the bridge opens"), (B, MORE)]
    assert rule_of(pairs, "Ferry to stop running after the bridge opens") == (
        Label.BOILERPLATE, rules.STORY_LINK)


def test_a_paragraph_under_a_read_also_label_stays_the_storys():
    pairs = [(T, "Bridge approved"), (B, PROSE), (N, "Related"), (B, MORE)]
    assert rule_of(pairs, MORE)[0] is Label.PARAGRAPH
