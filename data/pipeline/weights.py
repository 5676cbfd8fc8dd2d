"""Every weight and budget of the answer pipeline, named in one place (as rules-bot keeps
its scoring constants). Scores are shares of the question's words (0..1) plus bonuses."""

# -- budgets: enough for any entity of one chapter, bounded for a whole yearbook ----------
MAX_MENTIONS = 120  # sentences naming an entity, fetched as candidates
MAX_SEARCH = 60  # full-text hits fetched as candidates
MAX_DOCUMENTS = 20  # an entity in more chapters than this is searched everywhere
MAX_NAMESAKES = 8  # a name repeated in every chapter: its first namesakes stand for all
SEARCH_POSTINGS = 3000  # the rarest words are searched up to this many postings
BEST_CHAPTERS = 3  # at a shelf, an answer is read from the chapters of the best sentences
# A search ranks this many of its matches at most, the newest (chapters stored last: a
# shelf's latest yearbooks); a word every chapter repeats matches tens of thousands.
RANKED_MATCHES = 500

# -- in scope? (judged from the question alone) -------------------------------------------
MIN_COVERAGE = 0.6  # share of a question's words the document must know (no name linked)
MIN_COVERAGE_NAMED = 0.5  # the same with a name linked (and ≥ 2 unknown characters)
UNKNOWN_MEASURE_RUN = 4  # characters in a row no known word covers: a figure of what the
# document never names (技术合同成交额), not a typo (those a name's link covers)
MIN_SENTENCE_SCORE = 0.45  # with no name linked, the best sentence must score this
# A topic no name links: a run of this many character pairs or more, each in no more than
# this many entries (拨投结合), which a figure's sentence must say one pair of.
TOPIC_PAIRS, TOPIC_ENTRIES = 2, 1

# A word typed alone the document never uses, with the pinyin of one it uses this many
# times (博仕 → 博士): that word.
HOMOPHONE_ALONE = 1

# -- a sentence against the question -------------------------------------------------------
TITLE_HIT = 0.5  # a word found in the entry's title, not the sentence
CAPTION_FOR_PHOTO = 0.5  # a photo caption, when the question asks about a photo
WORD_ORDER = 0.2  # the question's three-character runs found in the sentence
NAMES_ENTITY = 0.6  # the sentence names the entities asked about
SUBJECT_NAMED = 0.5  # of that, for the chapter's subject (every sentence is about it)
IN_ENTITY_ENTRY = 0.2  # it stands in the entity's own entry
NAME_OPENS = 0.15  # it opens with the name
FUTURE_SAID = 0.2  # what will be done is asked, and the sentence says what will be
TOP_SHARE = 0.5  # the "top" sentences score at least this share of the best

# -- a figure against the question ---------------------------------------------------------
FIGURE_OWN_WORDS = 2.0  # the question's words in the figure's own words
FIGURE_PREVIOUS_CLAUSE = 0.5  # ... in the clause before the figure's
LABEL_EXTRA = 0.3  # penalty: the label says more than was asked (share of its characters)
LABEL_ENDS_AS_ASKED = 0.3  # the label ends with the question's last words
UNIT_ASKED = 0.5  # the unit asked for (only such figures get this far)
UNIT_LIKELY = 0.4  # a unit the topic makes likely (人才 → 人) ...
UNIT_UNLIKELY = -0.3  # ... or one it makes unlikely
RUNNING_TOTAL = 0.1  # 累计, when "how many" is asked without "new"
RUNNING_TOTAL_FOR_NEW = -0.2  # 累计, when what is new was asked
GROUP_FOR_MEMBER = -2.0  # 建成A、B、C等载体空间800万, when one of them was asked
GROUP_AS_ASKED = 0.5  # ... its sentence, when they were asked as a group (A、B这些载体)
PART_FOR_WHOLE = -0.15  # 其中…, when the whole was asked for
PART_UNNAMED = -0.5  # …and not one character of the part's name (创业类) was asked
SHARE_FOR_AMOUNT = -2.0  # 占…%, when the amount itself was asked for
ALREADY_SAID = -1.0  # the question already states this figure
NAME_IN_FIGURE_WORDS = 0.5  # the name asked about stands in the figure's own words
ALL_NAMES_SENTENCE = 0.4  # the sentence names every entity asked about
OWNER_ASKED = 0.4  # the figure's owner is the entity asked about
# The park asked as a whole, a part's figure ranked first: the park's own instead, when it
# names this share of what was asked and ranks within this much of the part's.
WHOLE_HIT = 0.5
WHOLE_BEHIND = 0.5
CHAPTER_OWNER = 0.3  # no name asked, and the figure is the chapter subject's
ORDINAL_AS_ASKED = 1.0  # its sentence names the edition, batch or phase asked
CODE_AS_ASKED = 0.5  # its clause (or the one before) names the plot or zone asked (B1, Ⅱ区)
COUNTED_AFTER = 0.3  # the noun counted after 几个 (几个方面) follows the figure (5个方面)
PHASE_UNASKED = -1.5  # its own words name one phase (五期) and no phase was asked
PLANNED_FOR_BUILT = -0.5  # what is planned (规划建筑面积), when what is built was asked
CODE_UNASKED = -0.5  # its own words name one plot or zone (B1地块) and none was asked
PHASE_AS_ASKED = 0.5  # its own words name the phase asked (六期…2万平方米) ...
PHASE_OTHER = -1.0  # ... or only others (一期至四期…31万, asked of 六期)
FLOW_FOR_STOCK = -0.2  # no period asked: a figure of the year's additions (年内10家)
KIND_AS_ASKED = 0.5  # its own words say the kind asked (授权, 累计, 建筑面积) ...
KIND_OTHER = -1.0  # ... or only another kind of the same family (申请 for 授权)
DEGREE_UNSAID = -1.0  # a degree asked, counted beside a figure whose own words name none
SAME_MEASURE_TAIL = 3  # labels ending in the same characters measure the same thing
CONSTRAINED_HIT = 0.6  # ... or says the kind asked and this share of the best's hit
# ... and, from another sentence, scores this share of the best at least (a share of the
# city's talents is no runner-up for a share of the city's medical devices)
RUNNER_UP_ELSEWHERE = 0.75
ANSWER_SHARE = 0.8  # a figure found by unit alone needs this share of the best score
ANSWER_IN_SENTENCE = 0.5  # ... and this share of the question's words in its sentence
BARE_HIT = 0.6  # a bare noun phrase is answered by a figure naming this share of it
LIST_HELD = 0.3  # a list's sentence past the best four holds this share of the question
LIST_STAGE_SAID = 2.0  # names in a sentence saying the stage asked (上市申请获受理)
LIST_COUNT_AS_ASKED = 1.0  # as many names as asked for (which three companies)
LIST_OF_KIND = 0.4  # a sentence listing things of the kind asked (哪些领域: …等领域) ...
LIST_ITEM = 0.05  # ... and a little for each item it lists, up to four
NEXT_SENTENCE = 0.9  # the sentence after a candidate, listing what it announces
WHO_SAID = 0.6  # a "who" passage holds this share of the question's words (领军: leads)
CREDIT_SAID = 0.4  # ... a photo's caption, this share, when who supplied the photo is asked

# -- events ---------------------------------------------------------------------------------
EVENT_TITLE = 0.3  # the question's words in an event's title
EVENT_DAY = 0.05  # a day-precise date over a month
