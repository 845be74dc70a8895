"""Share cards: a 1200 × 630 picture per story for link previews, made with Pillow.

fonts.py picks a typeface that covers the text's script; design.py says what a
card shows and names it by its content; draw.py lays it out; build.py renders
the cards a build lacks on all cores and links every card into the site.
"""
