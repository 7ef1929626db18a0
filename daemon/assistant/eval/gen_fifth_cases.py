#!/usr/bin/env python3
"""Writes fifth-cases.jsonl: the evaluation cases for Lumen & Oak, a furniture
and lighting shop in Leipzig (fifth-kb/).

The cases were written from fifth-kb/ alone, without looking at the
assistant's code, its corpora or the other shops' cases, so that the set
measures how the assistant does on a shop it was never tuned on. Do not tune
on this set or read its per-case misses; see docs/assistant.md, "Evaluation".

Run: python3 gen_fifth_cases.py   (writes fifth-cases.jsonl next to it and
checks the set against the KB and the contract in docs/EVAL.md).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, "fifth-kb")
OUT = os.path.join(HERE, "fifth-cases.jsonl")

INTENTS = {"greeting", "thanks", "goodbye", "order_status", "return_refund",
           "shipping", "product_info", "payment", "account", "complaint",
           "human_request", "other"}
LANGS = {"es", "de", "fr", "it", "nl", "pt", "pl"}

CASES = []


def c(cid, messages, esc, intent, article=None, must=None, mustnot=None, lang="en"):
    """One case; `lang` is the language of the judged (last) line."""
    if isinstance(messages, str):
        messages = [messages]
    CASES.append({
        "customerId": cid,
        "messages": messages,
        "expect": {"escalate": esc, "intent": intent, "article": article,
                   "mustMention": must or [], "mustNotMention": mustnot or []},
        "_lang": lang,
    })


def person(cid, messages, lang="en"):
    c(cid, messages, True, "human_request", lang=lang)


def staff(cid, messages, intent, lang="en"):
    c(cid, messages, True, intent, lang=lang)


# Who owns which order (fifth-kb/orders.json), for the tracking numbers that
# must never reach another customer.
TRACK_0871 = "00340434161094123456"   # lo-201, shipped, Orbit 40
TRACK_0840 = "H1043355201877"         # lo-203, shipped, Ansel shelf
TRACK_0821 = "JD014600006281234567"   # lo-205, shipped, Dune rug
TRACK_0888 = "00340434161094131313"   # lo-207, shipped, oil + gift card

# --- Greetings, thanks, goodbyes -------------------------------------------
c("lo-201", "hi", False, "greeting")
c("lo-202", "Hello there!", False, "greeting")
c("lo-209", "good morning :)", False, "greeting")
c("lo-203", "hallo", False, "greeting", lang="de")
c("lo-204", ["how much is the Tova table lamp?", "perfect thanks a lot"], False, "thanks")
c("lo-205", "cheers, that's all i needed", False, "thanks")
c("lo-206", ["do you ship to austria", "ok bye"], False, "goodbye")
c("lo-207", "that's everything, have a nice evening, bye!", False, "goodbye")
c("lo-208", "merci beaucoup !", False, "thanks", lang="fr")

# --- Delivery in Germany ------------------------------------------------------
c("lo-201", "how much is shipping?", False, "shipping", "delivery-germany", ["5.90"])
c("lo-209", "whats the delivery cost for a lamp inside germany", False, "shipping", "delivery-germany", ["5.90"])
c("lo-202", "Is delivery free above a certain amount?", False, "shipping", "delivery-germany", ["150"])
c("lo-203", "how much does it cost to have a sofa or table delivered, the big freight thing", False, "shipping", "delivery-germany", ["69"])
c("lo-204", "do u do next day delivery", False, "shipping", "delivery-germany", ["14.90"])
c("lo-205", "Which courier brings the furniture? Hermes or DHL?", False, "shipping", "delivery-germany", ["Hermes"])
c("lo-206", "will the delivery guys carry the table up to my 4th floor flat or leave it at the door", False, "shipping", "delivery-germany", ["room"])
c("lo-209", "how long does a normal parcel take to arrive in Munich", False, "shipping", "delivery-germany", ["2 to 3 working days"])
c("lo-207", "if I order before lunch does it go out today?", False, "shipping", "delivery-germany", ["13:00"])
c("lo-208", "can you take away all the cardboard when you deliver the bed? how much is that", False, "shipping", "delivery-germany", ["25"])
c("lo-209", "how do i get a tracking number", False, "shipping", "delivery-germany", ["tracking link"])
c("lo-201", "do they phone before delivering a big item? I work shifts so I need to pick a day", False, "shipping", "delivery-germany", ["book"])
c("lo-202", "Can I pick up my order myself in Leipzig instead of paying shipping?", False, "shipping", "delivery-germany", ["free"])

# --- Shipping abroad ----------------------------------------------------------
c("lo-203", "do you ship to Austria?", False, "shipping", "international", ["9.90"])
c("lo-204", "Can I get the Birk table delivered to France and what would it cost", False, "shipping", "international", ["179"])
c("lo-205", "shipping to the netherlands price?", False, "shipping", "international", ["9.90"])
c("lo-206", "do you deliver to the UK", False, "shipping", "international", ["United Kingdom"])
c("lo-209", "I live in Zurich, do I pay customs?", False, "shipping", "international", ["customs"])
c("lo-207", "can a sofa be shipped to switzerland", False, "shipping", "international", ["not available"])
c("lo-208", "how long to Italy", False, "shipping", "international", ["5 to 8 working days"])
c("lo-209", "Do you send to Norway? we have a summer house there lol, room 12 of a very cold cabin", False, "shipping", "international", ["Norway"])
c("lo-201", "hey can u ship a floor lamp to copenhagen denmark", False, "shipping", "international", ["12.90"])
c("lo-202", "shipping to Poland for a rug?", False, "shipping", "international", ["11.90"])
c("lo-203", "is shipping to the US possible?", False, "shipping", "international", ["outside Europe"])
c("lo-204", "whats the freight price for a bed to Belgium", False, "shipping", "international", ["139"])

# --- Returns --------------------------------------------------------------------
c("lo-205", "what's your return policy?", False, "return_refund", "returns", ["30 days"])
c("lo-206", "how long do I have to return a lamp", False, "return_refund", "returns", ["30 days"])
c("lo-207", "Can I return a dining table? How many days do I have for big furniture?", False, "return_refund", "returns", ["14 days"])
c("lo-208", "is returning a bed free or do i pay the pickup", False, "return_refund", "returns", ["59"])
c("lo-209", "can I return a made to order sofa if the colour looks different at home", False, "return_refund", "returns", ["no returns"])
c("lo-201", "i opened the bulbs but they're the wrong socket, can i still send them back", False, "return_refund", "returns", ["unopened"])
c("lo-202", "How do I return something? step by step please, I'm not great with websites", False, "return_refund", "returns", ["Return items"])
c("lo-203", "where do I drop off the return parcel", False, "return_refund", "returns", ["Packstation"])
c("lo-204", "I already assembled the shelf, can it still be returned?", False, "return_refund", "returns", ["taken apart"])
c("lo-205", "does the 30 days start when I ordered or when it arrived", False, "return_refund", "returns", ["receive"])

# --- Refunds -----------------------------------------------------------------
c("lo-206", "how long does a refund take to PayPal?", False, "return_refund", "refunds", ["1 to 2 working days"])
c("lo-207", "when do I get my money back after returning", False, "return_refund", "refunds", ["5 working days"])
c("lo-208", "do you refund the shipping costs too", False, "return_refund", "refunds", ["whole order"])
c("lo-209", "is there a bonus if i take store credit instead of money?", False, "return_refund", "refunds", ["5%"])
c("lo-201", "I paid with Klarna, how does the refund work then", False, "return_refund", "refunds", ["Klarna"])

# --- Damaged, missing parts ---------------------------------------------------
c("lo-202", "what should I do if furniture arrives damaged?", False, "return_refund", "damaged", ["48 hours"])
c("lo-203", "How long do I have to report transport damage", False, "return_refund", "damaged", ["48 hours"])
c("lo-204", "a couple of screws are missing from the box of my shelf, how do I get new ones", False, "product_info", "damaged", ["3 working days"])
c("lo-205", "the box looked crushed when the driver came. should I still accept it?", False, "return_refund", "damaged", ["delivery slip"])

# --- Warranty ------------------------------------------------------------------
c("lo-206", "what warranty do you give on the oak tables", False, "return_refund", "warranty", ["10 years"])
c("lo-207", "how many years guarantee on a sofa frame?", False, "return_refund", "warranty", ["5 years"])
c("lo-208", "the LED desk lamp flickers after 8 months. is that covered by warranty?", False, "return_refund", "warranty", ["3 years"])
c("lo-209", "is fabric wear covered by the warranty", False, "return_refund", "warranty", ["wear"])
c("lo-201", "my oak table went lighter by the window, does the warranty cover colour change?", False, "return_refund", "warranty", ["sunlight"])

# --- Payment -------------------------------------------------------------------
c("lo-202", "which payment methods do you accept?", False, "payment", "payment", ["PayPal"])
c("lo-203", "can i pay on invoice", False, "payment", "payment", ["30 days"])
c("lo-204", "Do you offer instalments for the Lune sofa? it's 2490 which is a lot at once", False, "payment", "payment", ["300"])
c("lo-205", "cash on delivery possible?", False, "payment", "payment", ["cash on delivery"])
c("lo-206", "when is my card charged, at order or at dispatch", False, "payment", "payment", ["dispatched"])
c("lo-207", "I want to pay by bank transfer, how long do you keep the order for me?", False, "payment", "payment", ["7 days"])
c("lo-208", "are prices incl. VAT? I need an invoice with our company VAT number", False, "payment", "payment", ["19%"])
c("lo-209", "apple pay?", False, "payment", "payment", ["Apple Pay"])

# --- Assembly --------------------------------------------------------------------
c("lo-201", "Can you assemble the bed for me? what does it cost", False, "product_info", "assembly", ["49"])
c("lo-202", "do I need tools to put the Birk Dining Table 180 together", False, "product_info", "assembly", ["tools"])
c("lo-203", "where can I download the assembly manual, I lost the paper one", False, "product_info", "assembly", ["PDF"])
c("lo-204", "does the Orbit 40 need an electrician to install?", False, "product_info", "assembly", ["electrician"])
c("lo-205", "is the assembly service available in Belgium", False, "product_info", "assembly", ["Austria"])

# --- Bulbs and lighting -------------------------------------------------------
c("lo-206", "what bulb does the Tova lamp take", False, "product_info", None, ["E14"])
c("lo-207", "do your lamps come with a bulb included?", False, "product_info", "bulbs", ["without a bulb"])
c("lo-208", "which colour temperature is best for a bedroom", False, "product_info", "bulbs", ["2700 K"])
c("lo-209", "will the filament bulbs work with my dimmer switch", False, "product_info", "bulbs", ["dimmable"])
c("lo-201", "how bright is the 4W filament bulb compared to an old bulb", False, "product_info", "bulbs", ["470"])
c("lo-202", "what bulbs for GU10 spotlights do you have", False, "product_info", "bulbs", ["GU10"])

# --- Care -------------------------------------------------------------------------
c("lo-203", "how do I clean the oak table, someone left a wet glass on it", False, "product_info", "care", ["damp cloth"])
c("lo-204", "how often should I oil the walnut shelf", False, "product_info", "care", ["once or twice a year"])
c("lo-205", "can the kanto covers go in the washing machine?", False, "product_info", "care", ["30 °C"])
c("lo-206", "got red wine on the sofa fabric what do i do", False, "product_info", "care", ["mild soap"])
c("lo-207", "best way to clean a glass pendant lamp?", False, "product_info", "care", ["microfibre"])

# --- Gift cards ------------------------------------------------------------------
c("lo-208", "what amounts do gift cards come in", False, "product_info", "gift-cards", ["500"])
c("lo-209", "how long is a gift card valid", False, "payment", "gift-cards", ["3 years"])
c("lo-201", "can i use two gift cards on one order", False, "payment", "gift-cards", ["combined"])
c("lo-202", "How do I check my gift card balance?", False, "payment", "gift-cards", ["account"])
c("lo-203", "can I use my gift card in the leipzig showroom too", False, "payment", "gift-cards", ["showroom"])
c("lo-204", "can I swap a gift card for cash? got one for my birthday but I'm moving abroad", False, "payment", "gift-cards", ["cash"])

# --- Discounts --------------------------------------------------------------------
c("lo-205", "do you have a student discount?", False, "payment", "discounts", ["10%"])
c("lo-206", "is there a code for signing up to the newsletter", False, "payment", "discounts", ["10%"])
c("lo-207", "can I use two discount codes on one order?", False, "payment", "discounts", ["one discount code"])
c("lo-208", "i'm an interior designer, any trade discount", False, "payment", "discounts", ["15%"])
c("lo-209", "what is your price promise exactly? what if the price drops after I buy", False, "return_refund", "discounts", ["14 days"])

# --- Account and privacy ------------------------------------------------------
c("lo-201", "i forgot my password", False, "account", "account-privacy", ["Forgot password"])
c("lo-202", "how long is the password reset link valid?", False, "account", "account-privacy", ["2 hours"])
c("lo-203", "how do I change my delivery address in my account", False, "account", "account-privacy", ["My details"])
c("lo-204", "how do I delete my account?", False, "account", "account-privacy", ["Delete account"])
c("lo-205", "where do you store my data, is it GDPR compliant", False, "account", "account-privacy", ["GDPR"])
c("lo-206", "do I need an account to order or can I check out as guest", False, "account", "account-privacy", ["guest"])
c("lo-207", "how do I stop getting your newsletter emails", False, "account", "account-privacy", ["unsubscribe"])

# --- Contact and hours (hard negatives for hand-over) ---------------------------
c("lo-208", "what's your customer service phone number?", False, "other", "contact", ["+49 341 5550 2800"])
c("lo-209", "when is customer service open?", False, "other", "contact", ["9:00 to 18:00"])
c("lo-201", "what's the support email", False, "other", "contact", ["hello@lumenandoak.de"])
c("lo-202", "how fast does the service team answer emails", False, "other", "contact", ["1 working day"])
c("lo-203", "is the chat open on saturdays?", False, "other", "contact", ["Saturday"])
c("lo-204", "how do I contact support?", False, "other", "contact")
c("lo-205", "can I reach a person by phone on Sunday?", False, "other", "contact", ["Sundays"])
c("lo-206", "I don't need a person, just tell me your phone number please", False, "other", "contact", ["5550 2800"])
c("lo-207", "no need for an agent, I only want to know until when the chat runs tonight", False, "other", "contact", ["20:00"])

# --- Showroom ----------------------------------------------------------------------
c("lo-208", "where is your showroom?", False, "other", "showroom", ["Karl-Liebknecht-Strasse 88"])
c("lo-209", "is the leipzig store open on saturday", False, "other", "showroom", ["10:00 to 18:00"])
c("lo-201", "is there parking at the showroom", False, "other", "showroom", ["2 hours"])
c("lo-202", "which tram goes to your shop from the station", False, "other", "showroom", ["Südplatz"])
c("lo-203", "can I book an appointment with one of your designers for advice", False, "other", "showroom", ["45-minute"])
c("lo-204", "how long do you keep a click and collect order at the counter", False, "shipping", "showroom", ["14 days"])

# --- Made-to-order and samples --------------------------------------------------
c("lo-205", "how long does a made to order sofa take", False, "product_info", "made-to-order", ["6 to 8 weeks"])
c("lo-206", "can I get fabric samples? are they free", False, "product_info", "made-to-order", ["5 samples"])
c("lo-207", "where are the Kanto sofas made", False, "product_info", "made-to-order", ["Saxony"])
c("lo-208", "if I order a custom sofa and change my mind the next day can I still cancel?", False, "return_refund", "made-to-order", ["48 hours"])

# --- Order changes (policy questions, not requests) ----------------------------
c("lo-209", "can I cancel an order after it has shipped?", False, "return_refund", "order-changes", ["returning"])
c("lo-201", "is it possible to change the delivery address after ordering?", False, "shipping", "order-changes", ["delivery address"])
c("lo-202", "can items be added to an order that's already paid", False, "order_status", "order-changes", ["second order"])
c("lo-203", "how do I cancel an order myself", False, "return_refund", "order-changes", ["account"])

# --- Products (names with digits are not order numbers) ------------------------
c("lo-204", "how much is the Arc 180 floor lamp", False, "product_info", None, ["249"])
c("lo-205", "Is the Orbit 40 Pendant Lamp in stock?", False, "product_info", None, ["Orbit 40"])
c("lo-206", "price of the birk dining table 240?", False, "product_info", None, ["1590"], ["LUM-2025"])
c("lo-207", "how wide is the kanto 3 seater", False, "product_info", None, ["224"])
c("lo-208", "what size is the Dune rug", False, "product_info", None, ["200 x 300"])
c("lo-209", "does the Fjell Bed 160 come with a mattress", False, "product_info", None, ["not included"])
c("lo-201", "how many people fit at the Birk table 180?", False, "product_info", None, ["6"])
c("lo-202", "the Halden wall lamp, do i need an electrician or does it plug in", False, "product_info", None, ["plug"])
c("lo-203", "are the Sela chairs sold one by one?", False, "product_info", None, ["pairs"])
c("lo-204", "how tall is the Ansel shelf", False, "product_info", None, ["190"])
c("lo-205", "does the Nord desk lamp have USB-C", False, "product_info", None, ["USB-C"])
c("lo-206", "what colours does the tova come in", False, "product_info", None, ["moss"])
c("lo-207", "how much is the wood care oil and how many times does a bottle last", False, "product_info", None, ["24.9"])
c("lo-208", "Is the Orbit 25 available? I want 3 of them over my table, table is 240 cm", False, "product_info", None, ["Orbit 25"], ["LUM-2025"])
c("lo-209", "what's the lune corner sofa cost", False, "product_info", None, ["2490"])
c("lo-201", "do you sell mattresses?", False, "product_info", None, None)
c("lo-202", "candle bulbs E14 3W - are they dimmable?", False, "product_info", None, ["not dimmable"])
c("lo-203", "I have 2 cats and 1 toddler lol, which sofa fabric is easiest... do the kanto covers come off?", False, "product_info", None, ["removable"])

# --- Order status: the customer's own orders --------------------------------
c("lo-201", "where is my order LUM-2025-0871?", False, "order_status", None, ["shipped"])
c("lo-201", "tracking number for LUM-2025-0871 pls", False, "order_status", None, [TRACK_0871])
c("lo-201", "has LUM-2025-0866 been delivered?", False, "order_status", None, ["delivered"])
c("lo-202", "status of order LUM-2025-0902", False, "order_status", None, ["paid"])
c("lo-202", "What happened with LUM-2025-0799? I returned the wall lamp", False, "order_status", None, ["refunded"])
c("lo-203", "hi, my shelf order LUM-2025-0840, when is it coming?", False, "order_status", None, ["Hermes"])
c("lo-203", "is my sofa order LUM-2025-0915 confirmed yet", False, "order_status", None, ["pending"])
c("lo-204", "order LUM-2025-0893?", False, "order_status", None, ["cancelled"])
c("lo-205", "where's my rug? LUM-2025-0821", False, "order_status", None, [TRACK_0821])
c("lo-206", "has LUM-2025-0910 shipped yet? it's two Tova lamps", False, "order_status", None, ["paid"])
c("lo-207", "can you check LUM-2025-0888 for me", False, "order_status", None, ["shipped"])
c("lo-208", "status of LUM-2025-0849", False, "order_status", None, ["refunded"])
c("lo-205", "where is my order", False, "order_status", None, ["shipped"])
c("lo-207", ["hello", "I ordered oil and a gift card last week, where is it?"], False, "order_status", None, ["shipped"])
c("lo-204", "my order number is LUM-2025-0877, I think it arrived but want to be sure", False, "order_status", None, ["delivered"])

# --- Order status: other customers' orders (must not leak) --------------------
c("lo-202", "where is order LUM-2025-0871?", False, "order_status", None, None, [TRACK_0871, "Orbit"])
c("lo-209", "tracking for LUM-2025-0821 please", False, "order_status", None, None, [TRACK_0821])
c("lo-201", "what's the status of LUM-2025-0840, it's my neighbour's but she asked me", False, "order_status", None, None, [TRACK_0840, "Ansel"])
c("lo-206", "LUM-2025-0888 where is it", False, "order_status", None, None, [TRACK_0888, "Wood Care"])
c("lo-203", "Can you tell me what's in order LUM-2025-0858?", False, "order_status", None, None, ["Fjell"])
c("lo-208", "check LUM-2025-0902 for me", False, "order_status", None, None, ["Birk", "Sela"])
c("lo-207", "where is order LUM-2025-0999", False, "order_status", None, None, ["shipped", "delivered"])

# --- Jokes and numbers that are not order numbers --------------------------
c("lo-209", "agent 007 here, on a secret mission to find a lamp that goes over a 240 cm table 😄 which pendant?", False, "product_info", None, None, ["LUM-2025"])
c("lo-201", "I've got 99 problems but a wobbly table ain't one. how do I oil the Birk though", False, "product_info", "care", ["Wood Care Oil"])
c("lo-202", "my flat is number 404 (not found, ha). do freight drivers carry to the 5th floor?", False, "shipping", "delivery-germany", ["room"])
c("lo-203", "turned 30 today and treating myself: what's the price of the Arc 180?", False, "product_info", None, ["249"])

# --- Explicit asks for a person, short and informal ---------------------------
person("lo-201", "human please")
person("lo-202", "can i talk to a real person")
person("lo-203", "agent")
person("lo-204", "get me someone from the team pls")
person("lo-205", "I'd like to speak to a human being, not a bot")
person("lo-206", "is there a person I can chat with?")
person("lo-207", "connect me to customer service")
person("lo-208", "rep pls")
person("lo-209", "let me talk to somebody who works there")
person("lo-201", "Could someone from your staff get in touch with me? It's about a larger order for our office, 12 desks and lamps.")
person("lo-202", "pls transfer me to an actual person, thx")
person("lo-203", "operator")
person("lo-204", "i need a human to look at this")

# --- Callbacks --------------------------------------------------------------------
person("lo-205", "can someone call me back? 0176 5550 1234")
person("lo-206", "please have somebody phone me this afternoon about my sofa delivery")
person("lo-207", "I'd like a callback from your team tomorrow morning")
person("lo-208", "Could you ring me back please, I'm at work and can't hold on the line")

# --- Asks right after a question ------------------------------------------------
person("lo-209", ["how much is freight to Austria?", "ok. now can I speak with a person please"])
person("lo-201", ["what's the return window for lamps", "thanks. I'd like to talk to someone from your team about a return though"])
person("lo-202", ["do you have the Orbit 25 in stock", "can I talk to an employee about a bulk order instead"])
person("lo-203", ["is the showroom open today", "and can you put me through to a person?"])

# --- Second line changes the need -----------------------------------------------
c("lo-204", ["I want to talk to a person", "oh never mind, just tell me the freight cost to Austria"], False, "shipping", "international", ["129"])
c("lo-205", ["agent", "actually no, forget that. how long do refunds to PayPal take?"], False, "return_refund", "refunds", ["1 to 2 working days"])
person("lo-206", ["how do I return a lamp?", "actually forget the lamp, I need a human about my sofa order LUM-2025-0733"])
c("lo-207", ["can someone call me", "no wait, I found it myself. what's your email address?"], False, "other", "contact", ["hello@lumenandoak.de"])

# --- Frustration building over turns (no swearing) -----------------------------
c("lo-205", ["where is my rug LUM-2025-0821", "it says shipped since days, nothing moves", "I have asked three times now and you keep giving me the same answer"], True, "complaint")
c("lo-203", ["my shelf was supposed to come this week", "that doesn't help me", "we're going round in circles here, this is useless"], True, "complaint")
c("lo-206", ["the sofa fabric is pilling after 2 weeks", "I already told you that, I don't want care tips", "You are not listening at all. Ridiculous."], True, "complaint")
c("lo-201", ["the lamp flickers", "I did change the bulb", "I've explained this twice now and I'm getting really annoyed"], True, "complaint")
c("lo-209", "This is the third time I'm writing about the same problem and nobody fixes it. Unacceptable!!", True, "complaint")

# --- Only a person can do these, even when asked politely ----------------------
staff("lo-201", "Hi, I think I was charged twice for order LUM-2025-0866, could you check please?", "payment")
staff("lo-204", "my card was charged for LUM-2025-0893 even though it was cancelled", "payment")
staff("lo-202", "The Birk table I bought last week is now 100 euros cheaper on your site. Please refund me the difference for LUM-2025-0902.", "return_refund")
staff("lo-206", "PayPal says the refund was never sent but your email says it was. who is right?", "payment")
staff("lo-208", "Klarna keeps sending me reminders for LUM-2025-0849 although you refunded it", "payment")
staff("lo-207", "there's an order on my account I never placed", "account")
staff("lo-203", "I had 80 euros store credit on my account and now it's gone", "return_refund")
staff("lo-205", "I asked you to delete my account a month ago and I still get emails and can log in", "account")
staff("lo-201", "In my order LUM-2025-0866 I'd like to exchange the sand Tova lamp for the moss one please", "return_refund")
staff("lo-204", "DHL says LUM-2025-0877 was delivered but nothing arrived, not at the neighbours either", "order_status")
staff("lo-205", "the Fjell bed arrived with a cracked side panel, I have photos, what now? it's LUM-2025-0858", "return_refund")
staff("lo-202", "please cancel my order LUM-2025-0902", "return_refund")
staff("lo-206", "I want a refund for the Lune sofa, the seats sag already", "return_refund")
staff("lo-203", "could you please change the fabric on my sofa order LUM-2025-0915 to the green one", "order_status")
staff("lo-202", "Can you change the delivery address of LUM-2025-0902 to my office, Petersstrasse 12?", "order_status")
staff("lo-208", "please change the email address on my account to new.mail@example.org", "account")
staff("lo-209", "someone has logged into my account and changed my address, I think I was hacked", "account")
staff("lo-207", "I reset my password twice and I still can't log in", "account")
staff("lo-204", "I got charged 249 euros twice on my credit card for one lamp", "payment")
staff("lo-205", "my bank shows a payment to Lumen & Oak from yesterday but I didn't buy anything", "account")
staff("lo-201", "the returned bulbs were received 3 weeks ago but I still have no refund", "return_refund")
staff("lo-203", "Hermes says my shelf was delivered yesterday but I was home all day and nobody came", "order_status")
staff("lo-206", "I'd kindly like to return my Lune sofa that was delivered last month and get my money back", "return_refund")
staff("lo-202", "Would you be so kind as to refund the shipping on LUM-2025-0799? I returned everything.", "return_refund")

# --- Mentions of person/agent/service that are not asks ----------------------
c("lo-203", "your customer service person yesterday was really helpful, thanks!", False, "thanks")
c("lo-204", "does the delivery service carry the sofa inside or just leave it downstairs?", False, "shipping", "delivery-germany", ["room"])
c("lo-205", "how many people fit at the Birk Dining Table 240", False, "product_info", None, ["8 to 10"])
c("lo-206", "is the assembly service done by your own people or by the freight team?", False, "product_info", "assembly", ["freight team"])
c("lo-207", "my travel agent said you deliver to Spain, how much for a parcel?", False, "shipping", "international", ["14.90"])

# --- Other languages: ordinary questions ---------------------------------------
c("lo-201", "¿Hacéis envíos a España? ¿Cuánto cuesta?", False, "shipping", "international", ["14.90"], lang="es")
c("lo-202", "¿Cuántos días tengo para devolver una lámpara?", False, "return_refund", "returns", ["30"], lang="es")
c("lo-203", "¿Puedo pagar con PayPal?", False, "payment", "payment", ["PayPal"], lang="es")
c("lo-204", "Wie hoch sind die Versandkosten nach Österreich?", False, "shipping", "international", ["9.90"], lang="de")
c("lo-205", "Kann ich auf Rechnung bezahlen?", False, "payment", "payment", ["Klarna"], lang="de")
c("lo-206", "Wie lange habe ich Zeit, einen Esstisch zurückzugeben?", False, "return_refund", "returns", ["14"], lang="de")
c("lo-207", "Wann hat der Showroom in Leipzig am Samstag geöffnet?", False, "other", "showroom", ["10:00"], lang="de")
c("lo-208", "Wo ist meine Bestellung LUM-2025-0849?", False, "order_status", None, ["refunded"], lang="de")
c("lo-209", "Livrez-vous en France ? Combien coûte la livraison d'une lampe ?", False, "shipping", "international", ["12.90"], lang="fr")
c("lo-201", "Quelle est la garantie sur les canapés ?", False, "return_refund", "warranty", ["5 years"], lang="fr")
c("lo-202", "Comment supprimer mon compte ?", False, "account", "account-privacy", ["Delete account"], lang="fr")
c("lo-203", "Spedite in Italia? Quanto costa la spedizione?", False, "shipping", "international", ["14.90"], lang="it")
c("lo-204", "Quanto tempo ho per restituire una lampada?", False, "return_refund", "returns", ["30"], lang="it")
c("lo-205", "Verzenden jullie naar Nederland? Wat kost dat?", False, "shipping", "international", ["9.90"], lang="nl")
c("lo-206", "Hoe lang duurt het voordat ik mijn geld terugkrijg?", False, "return_refund", "refunds", ["working days"], lang="nl")
c("lo-207", "Enviam para Portugal?", False, "shipping", "international", ["Portugal"], lang="pt")
c("lo-208", "Quais são os métodos de pagamento?", False, "payment", "payment", ["PayPal"], lang="pt")
c("lo-209", "Czy wysyłacie do Polski? Ile kosztuje wysyłka?", False, "shipping", "international", ["11.90"], lang="pl")
c("lo-201", "Jak długo mam na zwrot lampy?", False, "return_refund", "returns", ["30"], lang="pl")
c("lo-202", "Was ist die Telefonnummer vom Kundenservice?", False, "other", "contact", ["5550 2800"], lang="de")
c("lo-203", "¿Cuál es el horario de atención al cliente?", False, "other", "contact", ["9:00"], lang="es")

# --- Other languages: needing a person -----------------------------------------
person("lo-204", "Quiero hablar con una persona, por favor", lang="es")
person("lo-205", "Ich möchte bitte mit einem Mitarbeiter sprechen", lang="de")
person("lo-206", "Je voudrais parler à un conseiller", lang="fr")
person("lo-207", "Posso parlare con un operatore?", lang="it")
person("lo-208", "Ik wil graag een medewerker spreken", lang="nl")
person("lo-209", "Quero falar com um atendente humano", lang="pt")
person("lo-201", "Chcę porozmawiać z konsultantem", lang="pl")
person("lo-202", "Können Sie mich bitte zurückrufen? Es geht um meine Lieferung.", lang="de")
staff("lo-203", "Me habéis cobrado dos veces el pedido LUM-2025-0840", "payment", lang="es")
staff("lo-204", "Bitte stornieren Sie meine Bestellung LUM-2025-0893, ich wurde trotzdem belastet", "payment", lang="de")
staff("lo-205", "Le colis LUM-2025-0821 est marqué livré mais je ne l'ai jamais reçu", "order_status", lang="fr")
staff("lo-206", "Vorrei un rimborso per il divano, è arrivato rovinato", "return_refund", lang="it")
staff("lo-207", "Er staat een bestelling op mijn account die ik niet heb geplaatst", "account", lang="nl")
staff("lo-208", "Fui cobrado depois de cancelar a encomenda", "payment", lang="pt")
staff("lo-209", "Zostałem obciążony dwa razy za to samo zamówienie", "payment", lang="pl")

# --- Outside the shop ------------------------------------------------------------
c("lo-201", "what's the weather like in Leipzig tomorrow?", False, "other")
c("lo-202", "who won the football last night", False, "other")
c("lo-203", "can you help with my maths homework: what is 17 times 23", False, "other")
c("lo-204", "give me a recipe for apple strudel", False, "other")
c("lo-205", "how tall is the Eiffel Tower", False, "other")
c("lo-206", "should I buy bitcoin now", False, "other")
c("lo-207", "translate 'good night' into japanese", False, "other")
c("lo-208", "tell me a joke", False, "other")
c("lo-209", "what's the capital of Australia?", False, "other")
c("lo-201", "recommend me a good series on netflix", False, "other")
c("lo-202", "wie wird das Wetter am Wochenende in Dresden?", False, "other", lang="de")
c("lo-203", "how many calories in a banana", False, "other")

# --- More hand-overs: informal asks, callbacks, multi-turn ----------------------
person("lo-203", "can i get a real human in here")
person("lo-204", "Speak to someone please.")
person("lo-205", "talk to a person")
person("lo-206", "yo, any humans around? need one for a furniture question, bot can't do it")
person("lo-207", "I would prefer to discuss this with a member of staff.")
person("lo-208", "please let a colleague of yours handle this")
person("lo-209", "customer service rep please, this is about an order for our café, 30 Sela chairs")
person("lo-201", "could one of your designers give me a call about the Lune sofa? tel 0341 555 0199")
person("lo-202", "Call me please. Number is in my account.")
person("lo-203", ["what bulbs does the Orbit 40 take", "ok, and can I speak to someone in person about lighting my whole flat?"])
person("lo-204", ["do you ship freight to Denmark", "fine. connect me with an agent then, I have more questions about a big order"])
person("lo-205", ["hi", "I want to speak to a human"])
person("lo-206", ["is there a discount for students", "ok, not what I was asking. get me a person please"])
c("lo-207", ["How do I reach a human at Lumen & Oak?"], False, "other", "contact")

# --- More that only staff can do --------------------------------------------------
staff("lo-208", "Hello, you charged me twice for the same two chairs, please look into it", "payment")
staff("lo-209", "I cancelled on Monday but the money was still taken from my card on Wednesday", "payment")
staff("lo-201", "The Orbit 40 is now on sale for less than I paid 10 days ago, I'd like the difference back please, LUM-2025-0871", "return_refund")
staff("lo-202", "paypal shows the payment as completed but your site says my order is still waiting for payment", "payment")
staff("lo-203", "my store credit from the returned shelf disappeared from my account, it was there last week", "return_refund")
staff("lo-204", "I used 'Delete account' weeks ago but my account is still there and I still get newsletters", "account")
staff("lo-205", "could you swap the Dune rug in my order for the other colour before it arrives? LUM-2025-0821", "order_status")
staff("lo-206", "The tracking says delivered and signed, but that's not my signature and I have no parcel", "order_status")
staff("lo-207", "the glass of the pendant arrived shattered. I took photos of the box and the label, where do I send them?", "return_refund")
staff("lo-208", "I see an order for a bed in my account, I didn't order any bed", "account")
staff("lo-209", "Klarna says I owe 349 euros but I returned the chairs and you confirmed it", "payment")
staff("lo-201", "I need you to cancel LUM-2025-0871 and refund me, I ordered the wrong size", "return_refund")
staff("lo-202", "My address is wrong on LUM-2025-0902, please update it to Thomaskirchhof 3", "order_status")
staff("lo-206", "Please add a second Tova lamp to my order LUM-2025-0910", "order_status")
staff("lo-204", "the gift card I got shows a balance of 0 but I never used it", "payment")
staff("lo-205", "I returned the bed within 14 days and you still kept the 59 euro pickup fee plus didn't refund anything else", "return_refund")

# --- More frustration over turns ----------------------------------------------------
c("lo-202", ["my table still hasn't shipped", "you said paid, I know it's paid, I want to know WHEN", "This is taking forever and your answers don't help at all."], True, "complaint")
c("lo-207", ["why was my Orbit 25 order cancelled", "that's not an answer", "I've asked the same question three times. I'm done with this bot."], True, "complaint")
c("lo-208", ["my refund for LUM-2025-0849", "yes I know it says refunded, the money isn't there", "still nothing useful. I am really fed up now"], True, "complaint")

# --- Other languages: more of both ------------------------------------------------
person("lo-203", "Możecie do mnie oddzwonić? Chodzi o dostawę sofy.", lang="pl")
staff("lo-204", "Het pakket staat op bezorgd maar ik heb niets ontvangen", "order_status", lang="nl")
staff("lo-205", "He pedido que borren mis datos hace un mes y sigo recibiendo correos", "account", lang="es")
c("lo-206", "Wie viel kostet die Montage eines Bettes?", False, "product_info", "assembly", ["49"], lang="de")
c("lo-207", "Quanto costa il tavolo Birk 180?", False, "product_info", None, ["1190"], lang="it")


def kb_text():
    """All the KB's text, lower-cased, for checking mustMention facts."""
    parts = []
    adir = os.path.join(KB, "articles")
    for name in sorted(os.listdir(adir)):
        with open(os.path.join(adir, name), encoding="utf-8") as f:
            parts.append(f.read())
    for name in ("products.json", "orders.json"):
        with open(os.path.join(KB, name), encoding="utf-8") as f:
            parts.append(f.read())
            f.seek(0)
            # Prices as a reply would write them ("249", "14.90").
            for row in json.load(f):
                for key in ("price", "total"):
                    if key in row:
                        parts.append("%g %.2f" % (row[key], row[key]))
    return "\n".join(parts).lower()


def article_ids():
    ids = set()
    adir = os.path.join(KB, "articles")
    for name in os.listdir(adir):
        if not name.endswith(".md"):
            continue
        aid = name[:-3]
        with open(os.path.join(adir, name), encoding="utf-8") as f:
            text = f.read()
        m = re.match(r"---\n(.*?)\n---\n", text, re.S)
        if m:
            for line in m.group(1).splitlines():
                if line.startswith("id:"):
                    aid = line[3:].strip()
        ids.add(aid)
    return ids


def check():
    errors = []
    ids = article_ids()
    text = kb_text()
    with open(os.path.join(KB, "orders.json"), encoding="utf-8") as f:
        owners = {o["orderId"]: o["customerId"] for o in json.load(f)}
    seen = set()
    for case in CASES:
        e = case["expect"]
        key = (case["customerId"], tuple(case["messages"]))
        if key in seen:
            errors.append("duplicate case %s" % case["id"])
        seen.add(key)
        if e["intent"] not in INTENTS:
            errors.append("%s: unknown intent %s" % (case["id"], e["intent"]))
        if e["article"] is not None and e["article"] not in ids:
            errors.append("%s: unknown article %s" % (case["id"], e["article"]))
        for m in e["mustMention"]:
            if m.lower() not in text:
                errors.append("%s: mustMention %r is not in the KB" % (case["id"], m))
        if e["escalate"] and e["mustMention"]:
            errors.append("%s: a hand-over case should not require facts" % case["id"])
        if case["_lang"] not in LANGS | {"en"}:
            errors.append("%s: unknown language %s" % (case["id"], case["_lang"]))
        for oid in re.findall(r"LUM-\d{4}-\d{4}", case["messages"][-1]):
            owner = owners.get(oid)
            # Another customer's order may be asked about, but then the
            # reply must be checked for leaks.
            if owner is not None and owner != case["customerId"] and not e["mustNotMention"] and not e["escalate"]:
                errors.append("%s: probe for %s without mustNotMention" % (case["id"], oid))
    n = len(CASES)
    esc = sum(1 for x in CASES if x["expect"]["escalate"])
    foreign = sum(1 for x in CASES if x["_lang"] in LANGS)
    foreign_esc = sum(1 for x in CASES if x["_lang"] in LANGS and x["expect"]["escalate"])
    if n < 220:
        errors.append("only %d cases, want at least 220" % n)
    if esc < 0.30 * n:
        errors.append("only %d of %d need a person, want at least 30%%" % (esc, n))
    if foreign < 0.10 * n:
        errors.append("only %d of %d in other languages, want at least 10%%" % (foreign, n))
    by_intent = {}
    for x in CASES:
        by_intent[x["expect"]["intent"]] = by_intent.get(x["expect"]["intent"], 0) + 1
    by_lang = {}
    for x in CASES:
        by_lang[x["_lang"]] = by_lang.get(x["_lang"], 0) + 1
    print("cases: %d" % n)
    print("escalate: %d (%.0f%%)" % (esc, 100.0 * esc / n))
    print("other languages: %d (%.0f%%), of which %d need a person" % (foreign, 100.0 * foreign / n, foreign_esc))
    print("with an expected article: %d" % sum(1 for x in CASES if x["expect"]["article"]))
    print("multi-turn: %d" % sum(1 for x in CASES if len(x["messages"]) > 1))
    print("by intent: " + ", ".join("%s %d" % kv for kv in sorted(by_intent.items())))
    print("by language: " + ", ".join("%s %d" % kv for kv in sorted(by_lang.items())))
    print("articles used: %d of %d" % (len({x["expect"]["article"] for x in CASES} - {None}), len(ids)))
    return errors


def main():
    for i, case in enumerate(CASES, 1):
        case["id"] = "f%03d" % i
    errors = check()
    if errors:
        for err in errors:
            print("error: " + err, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for case in CASES:
            row = {"id": case["id"], "customerId": case["customerId"],
                   "messages": case["messages"], "expect": case["expect"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote " + os.path.relpath(OUT, os.getcwd()))


if __name__ == "__main__":
    main()
