#!/usr/bin/env python3
"""Writes eighth-cases.jsonl for the Velluto (fashion & shoes) KB and checks every case against the KB.

Run from anywhere: python3 gen_eighth_cases.py
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, "eighth-kb")
OUT = os.path.join(HERE, "eighth-cases.jsonl")

INTENTS = {"greeting", "thanks", "goodbye", "order_status", "return_refund", "shipping",
           "product_info", "payment", "account", "complaint", "human_request", "other"}
LANGS = {"en": "English", "it": "Italian", "de": "German", "fr": "French", "es": "Spanish",
         "nl": "Dutch", "pt": "Portuguese", "pl": "Polish", "sv": "Swedish", "ro": "Romanian",
         "el": "Greek", "sk": "Slovak", "hr": "Croatian", "sl": "Slovenian"}
ORDER_RE = re.compile(r"\bVEL-\d{5}\b")

CASES = []
_anon = [0]


def case(msgs, intent, article=None, must=(), never=None, esc=False, lang="en", cust=None,
         src=None, other=False, missing=False, hardneg=False):
    """msgs: str or list of customer turns. src: product skus the answer rests on.
    other: the case deliberately names another customer's order. missing: names an order id that doesn't exist."""
    if isinstance(msgs, str):
        msgs = [msgs]
    if cust is None:
        _anon[0] += 1
        cust = "c%d" % (120 + _anon[0] % 70)
    CASES.append(dict(msgs=list(msgs), intent=intent, article=article, must=list(must),
                      never=list(never) if never else None, esc=esc, lang=lang, cust=cust,
                      src=src or [], other=other, missing=missing, hardneg=hardneg))


def esc(msgs, intent, lang="en", cust=None, never=None, other=False, missing=False):
    case(msgs, intent, None, (), never, True, lang, cust, None, other, missing)

# ---------------------------------------------------------------- shipping: rates and zones
S = "shipping-rates"
case("how much is shipping to germany", "shipping", S, ["€7.90"])
case("shipping cost to spain?? and when is it free", "shipping", S, ["€9.90", "€149"])
case("do u ship to norway", "shipping", S, ["Norway"])
case("free shipping threshold for italy", "shipping", S, ["€79"])
case("how much is express to the uk", "shipping", S, ["€29.90"])
case("whats the minimum for free delivery to sweden", "shipping", S, ["€179"])
case("ship to greece how much", "shipping", S, ["€12.90"])
case("can you ship to the US? im in chicago", "shipping", S, ["United States"])
case("do you deliver to PO boxes", "shipping", S, ["PO boxes"])
case("Is express shipping free for gold members?", "shipping", S, ["Platinum"])
case("shipping to liechtenstein how much is it", "shipping", S, ["€14.90"])
case("standard delivery ireland price", "shipping", S, ["€9.90"])
case("express shipping to france cost", "shipping", S, ["€16.90"])
case("how much do i need to spend for free shipping to the uk", "shipping", S, ["€200"])
case("shame you dont ship to norway. oh well, what about sweden how much", "shipping", S, ["€12.90"], hardneg=True)
# ---------------------------------------------------------------- delivery times, tracking
D = "delivery-times-tracking"
case("how long does delivery take to france", "shipping", D, ["2-4 working days"])
case("if i order at 3pm will it still go out today", "shipping", D, ["14:00"])
case("which courier do you use in italy", "shipping", D, ["BRT"])
case("express to switzerland how many days", "shipping", D, ["1-2 working days"])
case("do you deliver on saturdays with express", "shipping", D, ["Saturday"])
case("where do i find my tracking number", "shipping", D, ["My account"])
case("can i have it sent to an inpost locker in poland? how long does it wait there", "shipping", D, ["7 days"])
case("tracking link shows nothing yet, i got the email an hour ago. normal?", "shipping", D, ["24 hours"])
case("my parcel is 1 day later than the estimate what should i do", "shipping", D, ["2 working days"])
case("how long does standard shipping to romania take", "shipping", D, ["4-7 working days"])
case("express delivery in italy how fast", "shipping", D, ["next working day"])
case("i don't want to talk to anyone, just tell me where the tracking link is", "shipping", D, ["My account"], hardneg=True)
# ---------------------------------------------------------------- click & collect
C = "click-and-collect"
case("can i pick up my order at the milan shop", "shipping", C, ["Via Solferino 14"])
case("how fast is click and collect if the item is in the store", "shipping", C, ["2 hours"])
case("how long do you keep a click & collect order", "shipping", C, ["10 days"])
case("can another person pick up my click and collect order for me, my sister", "shipping", C, ["copy of your ID"], hardneg=True)
case("is there a minimum order for click and collect", "shipping", C, ["no minimum"])
case("what do i need to bring to collect my order in store", "shipping", C, ["photo ID"])
# ---------------------------------------------------------------- customs
U = "customs-uk-ch"
case("will i have to pay customs or import vat in the uk", "shipping", U, ["nothing to pay"])
case("swiss vat how much do i pay on delivery", "shipping", U, ["8.1%"])
case("DHL is asking me to pay a fee for my velluto parcel in london??", "shipping", U, ["don't pay"])
case("whats the dhl import fee for switzerland", "shipping", U, ["CHF 11.50"])
case("are there any customs charges when ordering to austria", "shipping", U, ["EU countries"])
case("switzerland: is there a value under which no vat is charged", "shipping", U, ["CHF 62"])
# ---------------------------------------------------------------- returns
R = "returns-policy"
case("whats your return window", "return_refund", R, ["30 days"])
case("do i have to pay for returns from switzerland", "return_refund", R, ["€9.90"])
case("how do i return something", "return_refund", R, ["returns.velluto.com"])
case("can i return a swimsuit i tried on", "return_refund", R, ["hygiene seal"])
case("can u return underwear if its still in the pack", "return_refund", R, ["hygiene"])
case("can i return stuff marked final sale", "return_refund", R, ["Final sale"])
case("can i return my online order in the milan store", "return_refund", R, ["order confirmation"])
case("i wore the loafers outside once can i still send them back", "return_refund", R, ["worn soles"])
case("which courier do i drop my return at in germany", "return_refund", R, ["GLS"])
case("I don't need a person, just tell me the return window", "return_refund", R, ["30 days"], hardneg=True)
case("are returns from the UK free?", "return_refund", R, ["Free"])
case("can i return a gift card", "return_refund", R, ["Gift cards"])
# ---------------------------------------------------------------- refunds
F = "refunds"
case("how long do refunds take", "return_refund", F, ["5 working days"])
case("refund to paypal how long", "return_refund", F, ["24 hours"])
case("i paid with klarna how does the refund work", "return_refund", F, ["2 working days"])
case("do you refund the express shipping if i send everything back", "return_refund", F, ["Express surcharges"])
case("how long until I get my refund on a debit card?", "return_refund", F, ["3-5 working days"], hardneg=True)
case("how many days after dropping off a return should i contact you if theres no refund email", "return_refund", F, ["14 days"])
case("refund satispay how many days", "return_refund", F, ["1-3 working days"])
case("do you refund shipping costs if i return just one item?", "return_refund", F, ["whole order"], hardneg=True)
case("is the refund for a return paid with a gift card instant", "return_refund", F, ["immediately"])
# ---------------------------------------------------------------- size guide
Z = "size-guide"
case("im a uk 10 in dresses what size is that in italian", "product_info", Z, ["42"])
case("EU 42 shoe is what in UK", "product_info", Z, ["8"])
case("my foot is 25 cm long which shoe size do i need", "product_info", Z, ["39"])
case("do you have half sizes in shoes", "product_info", Z, ["whole EU sizes"])
case("brera loafer fit?? im between 41 and 42", "product_info", Z, ["next size up"])
case("are the chelsea boots true to size", "product_info", Z, ["roomy"])
case("mens size L what chest is that in cm", "product_info", Z, ["98-101"])
case("whats a womens M in french sizing", "product_info", Z, ["38"])
case("how long is the inside leg on the sartoria trousers", "product_info", Z, ["88 cm"])
case("how do i measure my foot for shoes", "product_info", Z, ["paper"])
case("i wear US men 9 in sneakers, whats that in EU", "product_info", Z, ["42"])
case("what waist in cm is a men's XL", "product_info", Z, ["88-91"])
case("a bit disappointed the mocassino felt tight in the store, do they run small?", "product_info", Z, ["run small"], hardneg=True)
# ---------------------------------------------------------------- size exchanges
X = "size-exchanges"
case("how do i exchange for a different size", "return_refund", X, ["Exchange size"])
case("is exchanging a size free", "return_refund", X, ["30 days"])
case("can i swap my jumper for a different colour", "return_refund", X, ["new order"])
case("i live in zurich can i exchange a size", "return_refund", X, ["Switzerland"])
case("how long do you hold the new size for me", "return_refund", X, ["10 days"])
case("do i have to wait for my return to reach you before you send the new size", "return_refund", X, ["scans"])
case("can i exchange the same item twice", "return_refund", X, ["once"])
case("a bit disappointed the shoes are too small. whats the exchange window", "return_refund", X, ["30 days"], hardneg=True)
# ---------------------------------------------------------------- payment
P = "payment-methods"
case("what payment methods do you take", "payment", P, ["PayPal"])
case("can i pay with satispay from france", "payment", P, ["Italy only"])
case("klarna pay in 3 available in spain?", "payment", P, ["interest-free"])
case("whats the minimum order for klarna", "payment", P, ["€35"])
case("do you do cash on delivery", "payment", P, ["don't accept"])
case("when exactly is my card charged", "payment", P, ["when your order ships"])
case("can i pay by bank transfer", "payment", P, ["€300"])
case("do you charge in pounds for uk orders", "payment", P, ["euro"])
case("my card payment keeps getting declined at checkout", "payment", P, ["3-D Secure"])
case("amex accepted?", "payment", P, ["American Express"])
case("is klarna's customer service you or them? who do i ask about my instalment dates", "payment", P, ["Klarna app"], hardneg=True)
case("bank transfer how long do you hold the items", "payment", P, ["5 working days"])
case("can i pay cash in the milan store", "payment", P, ["cash"])
# ---------------------------------------------------------------- gift cards and wrapping
G = "gift-cards"
case("what amounts do your gift cards come in", "product_info", G, ["€500"])
case("do gift cards expire", "product_info", G, ["24 months"])
case("can i use 2 gift cards on one order", "payment", G, ["up to 3"])
case("gift wrapping how much", "product_info", G, ["€4.50"])
case("how do i check my gift card balance", "payment", G, ["velluto.com/giftcard"])
case("its a present, can i hide the prices on the packing slip", "product_info", G, ["This is a gift"])
case("can i buy a 1000 euro gift card in the shop", "product_info", G, ["€1,000"])
case("can i use my gift card in the milan store", "payment", G, ["Velluto Milano"])
case("how do refunds work if the person i gifted it to returns it", "return_refund", G, ["gift card"], hardneg=True)
case("can the gift card be sent on a specific date, its for her birthday", "product_info", G, ["date you choose"])
# ---------------------------------------------------------------- loyalty
L = "loyalty-programme"
case("how does velluto circle work", "account", L, ["100 points"])
case("what do gold members get", "account", L, ["24 hours early"])
case("how much do i need to spend to become platinum", "account", L, ["€1,500"])
case("do loyalty points expire", "account", L, ["18 months"])
case("when do points show up after i buy something", "account", L, ["30 days"])
case("how much is 100 points worth", "account", L, ["€5"])
case("do i get points when i buy a gift card", "account", L, ["except gift cards"])
case("is the loyalty programme free", "account", L, ["free to join"])
case("do circle members get something on their birthday", "account", L, ["10%"])
case("how long are circle vouchers valid", "account", L, ["90 days"])
case("where can i see my points", "account", L, ["Velluto Circle"])
# ---------------------------------------------------------------- alterations
A = "alterations"
case("can you hem trousers i order online", "product_info", A, ["€12"])
case("how much to shorten coat sleeves", "product_info", A, ["€35"])
case("do i need an appointment to get trousers hemmed in milan", "product_info", A, ["don't need"])
case("how long does a trouser hem take in the store", "product_info", A, ["5 working days"])
case("can you alter a coat i bought somewhere else", "product_info", A, ["bought from Velluto"])
case("is there a faster alteration option, i need it for saturday", "product_info", A, ["48-hour"])
case("atelier opening hours", "product_info", A, ["10:00-18:00"])
case("does the alterations service do dress hems and how much", "product_info", A, ["€22"], hardneg=True)
case("how many days does hemming add to an online order", "product_info", A, ["3 working days"])
# ---------------------------------------------------------------- care
K = "care-guide"
case("how do i wash cashmere", "product_info", K, ["30°C"])
case("can i put the runner 270 in the washing machine", "product_info", K, ["mild soap"])
case("how do i get rid of bobbles on my sweater", "product_info", K, ["cashmere comb"])
case("how to clean suede shoes", "product_info", K, ["suede brush"])
case("wash jeans how", "product_info", K, ["inside out"])
case("silk dress can i hand wash it", "product_info", K, ["cold water"])
case("whats in the care kit", "product_info", K, ["suede eraser"])
case("how often should i cream my leather loafers", "product_info", K, ["4-6 weeks"])
case("can i tumble dry a merino jumper", "product_info", K, ["never tumble dry"])
# ---------------------------------------------------------------- materials
M = "materials-sustainability"
case("are your clothes sustainable at all", "product_info", M, ["64%"])
case("where are your shoes made", "product_info", M, ["Marche"])
case("do you use real fur", "product_info", M, ["fur"])
case("is the packaging plastic free", "product_info", M, ["plastic-free"])
case("what do i get if i bring my old velluto shoes back", "product_info", M, ["€15 voucher"])
case("is your wool mulesing free", "product_info", M, ["mulesing-free"])
case("where is the denim made", "product_info", M, ["Portugal"])
# ---------------------------------------------------------------- pre-orders, restock
O = "preorders-restock"
case("when am i charged for a pre order if i pay by card", "payment", O, ["when the item ships"])
case("how does the notify me thing work", "product_info", O, ["60 days"])
case("if i order a preorder and something in stock together do i pay shipping twice", "shipping", O, ["no extra shipping"])
case("will the brera loafer come back in stock", "product_info", O, ["several times a year"])
case("does a restock alert hold the item for me", "product_info", O, ["whoever orders first"])
case("bit sad the ballerina sofia is sold out, how do i get told when it's back?", "product_info", O, ["Notify me"], hardneg=True)
case("how do i cancel a pre-order, is it possible?", "return_refund", O, ["before it ships"], hardneg=True)
# ---------------------------------------------------------------- student, promo
T = "student-discount"
case("student discount?", "payment", T, ["15%"])
case("do students get a discount in the milan shop", "payment", T, ["10%"])
case("can i use two discount codes", "payment", T, ["one code per order"])
case("i forgot to put in my promo code, can it be added now", "payment", T, ["after the order has been placed"])
case("when is the winter sale", "payment", T, ["January"])
case("how long is the student code valid", "payment", T, ["7 days"])
case("meh the sale's already over? when's the next one", "payment", T, ["end of June"], hardneg=True)
case("can i combine my circle voucher with a promo code", "payment", T, ["one promo code"])
# ---------------------------------------------------------------- account
AC = "account-login"
case("how do i reset my password", "account", AC, ["Forgot password?"])
case("how long is the password reset link valid", "account", AC, ["60 minutes"])
case("it says my account is locked what do i do", "account", AC, ["30 minutes"])
case("i ordered as a guest, can i see that order in my account now", "account", AC, ["same e-mail address"])
case("how do i change the email on my account", "account", AC, ["Personal details"])
case("do you have two factor login", "account", AC, ["authenticator app"])
case("can i sign up without an email, like with my apple id", "account", AC, ["Google or Apple"])
case("ugh forgot my password again lol", "account", AC, ["Forgot password?"])
case("if i change my address in my account does it change my order too", "account", AC, ["already placed"])
# ---------------------------------------------------------------- privacy
V = "privacy-data"
case("how do i delete my account", "account", V, ["Delete my account"])
case("unsubscribe from the newsletter how", "account", V, ["Communication preferences"])
case("how long do you keep my data after i delete my account", "account", V, ["10 years"])
case("do you sell my data to anyone", "account", V, ["never sell"])
case("who do i talk to about a data protection request", "account", V, ["dpo@velluto.com"], hardneg=True)
case("can i get a copy of all the data you have on me", "account", V, ["Download my data"])
case("how long does it take to erase my account", "account", V, ["30 days"])
# ---------------------------------------------------------------- damaged / faulty policy
W = "damaged-wrong-items"
case("what do i do if something arrives damaged", "return_refund", W, ["14 days"])
case("how long is the guarantee on shoes", "return_refund", W, ["2-year"])
case("do you resole loafers and how much", "product_info", W, ["€65"])
case("is a worn out sole covered by the warranty", "return_refund", W, ["wear and tear"])
case("if you send the wrong item do i use the returns portal", "return_refund", W, ["DHL pickup"])
# ---------------------------------------------------------------- contact, hours (hard negatives)
H = "contact-hours"
case("what's your customer service phone number?", "other", H, ["+39 02 8475 3920"], hardneg=True)
case("customer service email?", "other", H, ["help@velluto.com"], hardneg=True)
case("what time does the milan store close on sunday", "other", H, ["19:00"])
case("are you open on 15 august", "other", H, ["15 August"])
case("do you have whatsapp", "other", H, ["+39 345 771 2048"])
case("live chat hours?", "other", H, ["9:00-21:00"])
case("do your agents speak german", "other", H, ["German"], hardneg=True)
case("is the customer service phone line open on saturdays", "other", H, ["10:00-14:00"], hardneg=True)
case("who handles wholesale? is there a sales manager email", "other", H, ["wholesale@velluto.com"], hardneg=True)
case("nearest metro to your store", "other", H, ["Moscova"])
case("how fast do you answer emails", "other", H, ["24 hours"])
case("how do i reach customer service on whatsapp, what hours", "other", H, ["9:00-20:00"], hardneg=True)
# ---------------------------------------------------------------- order changes (policy, hard negatives)
Q = "order-changes-cancellation"
case("can I cancel an order after it ships?", "return_refund", Q, ["can't be cancelled"], hardneg=True)
case("how long do i have to change an order after placing it", "return_refund", Q, ["1 hour"], hardneg=True)
case("can i add something to an order i already placed", "return_refund", Q, ["new order"])
case("can dhl express deliver to a different address, how do i redirect it", "shipping", Q, ["On Demand Delivery"])
case("what happens if i refuse the delivery, do i get a refund", "return_refund", Q, ["refuse"], hardneg=True)
case("what's your cancellation policy", "return_refund", Q, ["1 hour"], hardneg=True)
# ---------------------------------------------------------------- products (answer rests on products.json)
case("how much is the coat 1950", "product_info", None, ["489"], src=["CO-1950-CML"])
case("price of the runner 270 suede and is it in stock", "product_info", None, ["169"], src=["SH-R270-SDE"])
case("is the ballerina sofia available in a 38", "product_info", None, ["sold out"], src=["SH-SOF-BLK"])
case("whats the heel height on the heel 75", "product_info", None, ["75 mm"], src=["SH-H75-NUD"])
case("will my laptop fit in the navigli tote", "product_info", None, ["14-inch"], src=["AC-NAV-TOT"])
case("what is the coat 1950 made of", "product_info", None, ["90% wool"], src=["CO-1950-CML"])
case("price jeans 1974", "product_info", None, ["129"], src=["DN-1974-IND"])
case("is the merino crew 12g machine washable", "product_info", None, ["30°C"], src=["KN-MC12-NVY"])
case("when does the heel 75 slingback ship", "product_info", None, ["20 October"], src=["SH-H75-NUD"])
case("what sizes does the 35mm belt come in", "product_info", None, ["80-110 cm"], src=["AC-BLT35-BRN"])
case("chelsea boot 88 back when??", "product_info", None, ["November"], src=["SH-CB88-BLK"])
case("do you have a trench coat", "product_info", None, ["Trench 1961"], src=["CO-T61-STN"])
case("mocassino 12 price", "product_info", None, ["199"], src=["SH-M12-TAN"])
case("is the capri swimsuit made from recycled stuff", "product_info", None, ["recycled"], src=["SW-CAP-RED"])
case("is the blazer duomo lined", "product_info", None, ["Half-lined"], src=["JK-DUO-NVY"])
case("how much is the cashmere rollneck", "product_info", None, ["259"], src=["KN-CRN-CRM"])
case("what are the runner 270 soles made of", "product_info", None, ["rubber"], src=["SH-R270-WHT"])
case("wie viel kostet der Coat 1950?", "product_info", None, ["489"], src=["CO-1950-CML"], lang="de")
case("quanto costa la Runner 270 bianca?", "product_info", None, ["159"], src=["SH-R270-WHT"], lang="it")
case("combien coûte la Silk Slip Dress Lido ?", "product_info", None, ["219"], src=["DR-LID-BLK"], lang="fr")
# ---------------------------------------------------------------- order status, own orders
case("where is my order VEL-58213", "order_status", None, ["shipped", "4829104736"], cust="c101")
case("has VEL-58240 arrived", "order_status", None, ["delivered"], cust="c101")
case("status of VEL-58302?", "order_status", None, ["pending"], cust="c102")
case("VEL-58317 any update?? when does it ship", "order_status", None, ["paid"], cust="c102")
case("where's my dress VEL-58355", "order_status", None, ["GLS"], cust="c103")
case("did the refund for VEL-58391 go through", "order_status", None, ["refunded"], cust="c103")
case("VEL-58402??", "order_status", None, ["cancelled"], cust="c104")
case("tracking for VEL-58418 pls", "order_status", None, ["InPost"], cust="c104")
case("wheres VEL-58433 its a gift and i need it by friday", "order_status", None, ["7301928465"], cust="c105")
case("VEL-58447 has it shipped yet", "order_status", None, ["paid"], cust="c106")
case("status VEL-58479", "order_status", None, ["BRT"], cust="c107")
case("is VEL-58488 shipped yet", "order_status", None, ["pending"], cust="c108")
case("VEL-58516 delivered?", "order_status", None, ["delivered"], cust="c109")
case("wheres my blazer VEL-58530", "order_status", None, ["shipped"], cust="c110")
case("what happened to VEL-58544", "order_status", None, ["cancelled"], cust="c111")
case("VEL-58559 tracking number?", "order_status", None, ["059019934410"], cust="c112")
case("hey whats going on with VEL-58502", "order_status", None, ["refunded"], cust="c108")
case("VEL-58461 was it delivered", "order_status", None, ["delivered"], cust="c106")
case(["hi", "i ordered sneakers last week", "its VEL-58213"], "order_status", None, ["DHL Express"], cust="c101")
case(["where is my order", "VEL-58479"], "order_status", None, ["059018800213"], cust="c107")
case(["hello", "can you check VEL-58355 for me", "which courier is it with?"], "order_status", None, ["GLS"], cust="c103")
case(["where is my order VEL-58213", "ok and who is delivering it"], "order_status", None, ["DHL Express"], cust="c101")
case(["quick question", "did my belt and jeans order get there? VEL-58418"], "order_status", None, ["delivered"], cust="c104")
# foreign order lookups
case("dov'è il mio ordine VEL-58479?", "order_status", None, ["BRT"], cust="c107", lang="it")
case("a che punto è l'ordine VEL-58302", "order_status", None, ["VEL-58302"], cust="c102", lang="it")
case("Wo ist meine Bestellung VEL-58516?", "order_status", None, ["DHL"], cust="c109", lang="de")
case("où en est ma commande VEL-58355 ?", "order_status", None, ["GLS"], cust="c103", lang="fr")
case("dónde está mi pedido VEL-58530", "order_status", None, ["GLS"], cust="c110", lang="es")
case("waar is mijn bestelling VEL-58355", "order_status", None, ["71240985533"], cust="c103", lang="nl")
case("estado da encomenda VEL-58402?", "order_status", None, ["VEL-58402"], cust="c104", lang="pt")
case("gdzie jest moje zamówienie VEL-58418", "order_status", None, ["InPost"], cust="c104", lang="pl")
case("πού είναι η παραγγελία μου VEL-58559;", "order_status", None, ["BRT"], cust="c112", lang="el")
case("var är min beställning VEL-58433?", "order_status", None, ["7301928465"], cust="c105", lang="sv")
case("unde este comanda mea VEL-58530?", "order_status", None, ["GLS"], cust="c110", lang="ro")
# other customers' orders: must not leak their data
case("where is order VEL-58530", "order_status", None, [], ["71241003388", "Wool Blazer Duomo"], cust="c101", other=True)
case("can you tell me the tracking number for VEL-58433, its my friend's order", "order_status", None, [], ["7301928465", "Cashmere Rollneck"], cust="c102", other=True)
case("what's in order VEL-58240 and how much was it", "order_status", None, [], ["Coat 1950", "489", "059012345678"], cust="c109", other=True)
case("status of VEL-58516?", "order_status", None, [], ["5519027384", "Chelsea Boot 88"], cust="c103", other=True)
case(["hi", "my husband ordered VEL-58461, where is it"], "order_status", None, [], ["71240991207", "Tote Bag Navigli"], cust="c107", other=True)
case("wo ist die Bestellung VEL-58355?", "order_status", None, [], ["71240985533", "Silk Slip Dress Lido"], cust="c111", other=True, lang="de")
# order ids that don't exist
case("where is my order VEL-59999", "order_status", None, [], ["DHL", "GLS"], cust="c102", missing=True)
case("VEL-50001 status please", "order_status", None, [], ["DHL", "InPost"], cust="c110", missing=True)
# ---------------------------------------------------------------- greetings, thanks, goodbye
case("hi", "greeting")
case("hello there!", "greeting")
case("hey velluto", "greeting")
case("buongiorno!", "greeting", lang="it")
case("Guten Tag", "greeting", lang="de")
case("thanks a lot!", "thanks")
case(["how much is shipping to italy", "perfect thank you"], "thanks")
case("grazie mille", "thanks", lang="it")
case("merci beaucoup", "thanks", lang="fr")
case("bye", "goodbye")
case("that's all, have a nice day", "goodbye")
case(["do you ship to the uk", "ok great, bye!"], "goodbye")
case("adiós, gracias", "goodbye", lang="es")
# ---------------------------------------------------------------- outside the shop
case("whats the weather in milan tomorrow", "other", None, [], ["Via Solferino", "19:30"])
case("who won the inter milan derby last night", "other", None, [], ["Solferino", "Moscova"])
case("recipe for risotto alla milanese?", "other", None, [], ["30°C", "Care Kit"])
case("can you help me with my maths homework", "other", None, [], ["Student Beans", "15%"])
case("what's the capital of switzerland", "other", None, [], ["8.1%", "CHF 11.50"])
case("tell me a joke", "other")
case("how do i get from malpensa airport to the city centre", "other", None, [], ["Moscova", "Solferino"])
case("best pizza in naples?", "other", None, [], ["€4.90"])
case("what time is it in london right now", "other", None, [], ["14:00", "€14.90"])
case("can you recommend a good running app", "other", None, [], ["Runner 270"])
case("che tempo fa a milano domani?", "other", None, [], ["Via Solferino"], lang="it")
case("Wer hat gestern das Spiel Bayern gegen Dortmund gewonnen?", "other", None, [], ["€7.90"], lang="de")
case("une bonne recette de tiramisu ?", "other", None, [], ["30°C"], lang="fr")
case("quién ganó la liga este año", "other", None, [], ["€9.90"], lang="es")
case("wat voor weer wordt het morgen in Amsterdam", "other", None, [], ["€7.90"], lang="nl")
case("jaka będzie jutro pogoda w krakowie", "other", None, [], ["InPost"], lang="pl")
# ---------------------------------------------------------------- multi-turn knowledge follow-ups
case(["how much is shipping to spain", "and how long does it take"], "shipping", "delivery-times-tracking", ["3-5 working days"])
case(["do you ship to switzerland", "do i have to pay customs there"], "shipping", "customs-uk-ch", ["8.1%"])
case(["whats the return window", "and the refund, how long with paypal"], "return_refund", "refunds", ["24 hours"])
case(["i want to buy the brera loafer", "im usually a 41, what should i take"], "product_info", "size-guide", ["next size up"])
case(["is the coat 1950 still in stock", "how do i clean it, its wool and cashmere right"], "product_info", "care-guide", ["30°C"])
case(["tell me about velluto circle", "what about platinum, how much do i need to spend"], "account", "loyalty-programme", ["€1,500"])
case(["can i pay with klarna", "whats the maximum amount"], "payment", "payment-methods", ["€1,500"])
case(["i bought the sartoria trousers in store", "theyre too long, can your atelier hem them", "how much"], "product_info", "alterations", ["€15"])
case(["hi", "do you sell gift cards", "do they expire"], "product_info", "gift-cards", ["24 months"])
case(["i forgot my password", "the link doesnt work, i clicked it 2 hours after getting it"], "account", "account-login", ["60 minutes"])
case(["how do i return stuff", "i live in bern btw, is it free"], "return_refund", "returns-policy", ["€9.90"])
case(["can i collect in the milan store", "how long will you keep it for me"], "shipping", "click-and-collect", ["10 days"])
case(["how do i delete my account", "what happens to my loyalty points"], "account", "privacy-data", ["lost"])
case(["is the heel 75 available", "ok i'll preorder. when is my card charged"], "payment", "preorders-restock", ["when the item ships"])
case(["what payment methods do you have", "does satispay work in germany"], "payment", "payment-methods", ["Italy only"])
case(["whats your phone number", "and is it open on saturdays?"], "other", "contact-hours", ["10:00-14:00"])
case(["i got the wrong size", "how do i swap it"], "return_refund", "size-exchanges", ["Exchange size"])
case(["do you have a student discount", "does it work on sale items too"], "payment", "student-discount", ["sale items"])
case(["is the runner 270 true to size", "nice. how do i clean them"], "product_info", "care-guide", ["mild soap"])
case(["free shipping to poland from how much", "and can i use an inpost locker"], "shipping", "delivery-times-tracking", ["InPost"])
case(["im a gold member", "is gift wrapping free for me"], "product_info", "gift-cards", ["free"])
case(["hi there", "what's your return window", "and for swimwear?"], "return_refund", "returns-policy", ["hygiene seal"])
case(["can I order to a locker in italy", "how long does it stay there"], "shipping", "delivery-times-tracking", ["7 days"])
case(["ciao", "quanto costa la spedizione express in italia?"], "shipping", "shipping-rates", ["€9.90"], lang="it")
case(["Versand in die Schweiz?", "und wie ist das mit dem Zoll?"], "shipping", "customs-uk-ch", ["8.1%"], lang="de")
case(["bonjour", "vous livrez en Belgique ?", "et c'est gratuit à partir de combien ?"], "shipping", "shipping-rates", ["€129"], lang="fr")
case(["hola", "hacéis envíos a Portugal?", "y cuánto tarda?"], "shipping", "delivery-times-tracking", ["3-5"], lang="es")
# ---------------------------------------------------------------- Italian knowledge
case("quanto costa la spedizione in italia?", "shipping", "shipping-rates", ["€4.90"], lang="it")
case("spedizione gratuita da quanto?", "shipping", "shipping-rates", ["€79"], lang="it")
case("posso ritirare l'ordine nel negozio di milano?", "shipping", "click-and-collect", ["Via Solferino 14"], lang="it")
case("quanto tempo ho per fare un reso", "return_refund", "returns-policy", ["30"], lang="it")
case("quanto ci mette il rimborso con satispay", "return_refund", "refunds", ["1-3"], lang="it")
case("orari del negozio la domenica?", "other", "contact-hours", ["11:00"], lang="it")
case("qual è il numero del servizio clienti?", "other", "contact-hours", ["8475 3920"], lang="it", hardneg=True)
case("quanto costa l'orlo dei pantaloni in negozio", "product_info", "alterations", ["€15"], lang="it")
case("come funziona velluto circle, quanto valgono 100 punti", "account", "loyalty-programme", ["€5"], lang="it")
case("avete lo sconto studenti?", "payment", "student-discount", ["15%"], lang="it")
case("non mi serve un operatore, volevo solo sapere se si può annullare un ordine già spedito", "return_refund", "order-changes-cancellation", ["30"], lang="it", hardneg=True)
# ---------------------------------------------------------------- German knowledge
case("Was kostet der Versand nach Deutschland?", "shipping", "shipping-rates", ["€7.90"], lang="de")
case("Ab wann ist der Versand nach Österreich kostenlos?", "shipping", "shipping-rates", ["€129"], lang="de")
case("Wie lange dauert die Lieferung nach Deutschland?", "shipping", "delivery-times-tracking", ["2-4"], lang="de")
case("Kann ich mit Klarna auf Rechnung in 30 Tagen zahlen?", "payment", "payment-methods", ["Pay in 30 days"], lang="de")
case("Welche UK-Größe ist EU 43 bei Schuhen?", "product_info", "size-guide", ["9"], lang="de")
case("Wie wasche ich Kaschmir richtig?", "product_info", "care-guide", ["30°C"], lang="de")
case("Wie lange dauert die Rückerstattung bei PayPal?", "return_refund", "refunds", ["24"], lang="de")
case("Gibt es einen Studentenrabatt?", "payment", "student-discount", ["15%"], lang="de")
case("Ich brauche keinen Menschen, nur die Rückgabefrist bitte", "return_refund", "returns-policy", ["30"], lang="de", hardneg=True)
case("Wann ist der Kundenservice telefonisch erreichbar?", "other", "contact-hours", ["9:00-18:00"], lang="de", hardneg=True)
# ---------------------------------------------------------------- French knowledge
case("combien coûte la livraison en France ?", "shipping", "shipping-rates", ["€7.90"], lang="fr")
case("livraison express en belgique prix", "shipping", "shipping-rates", ["€16.90"], lang="fr")
case("quel est le délai pour retourner un article", "return_refund", "returns-policy", ["30"], lang="fr")
case("je fais du 39 en chaussures, c'est quoi en taille UK", "product_info", "size-guide", ["6"], lang="fr")
case("Quels sont les horaires du service client ?", "other", "contact-hours", ["9:00-18:00"], lang="fr", hardneg=True)
case("quels moyens de paiement acceptez-vous", "payment", "payment-methods", ["PayPal"], lang="fr")
case("la carte cadeau est valable combien de temps", "product_info", "gift-cards", ["24"], lang="fr")
case("combien coûte l'ourlet pour un pantalon commandé en ligne", "product_info", "alterations", ["€12"], lang="fr")
# ---------------------------------------------------------------- Spanish knowledge
case("cuánto cuesta el envío a España", "shipping", "shipping-rates", ["€9.90"], lang="es")
case("a partir de cuánto es gratis el envío a españa", "shipping", "shipping-rates", ["€149"], lang="es")
case("cuánto tarda el reembolso con tarjeta", "return_refund", "refunds", ["3-5"], lang="es")
case("puedo pagar en 3 plazos con klarna desde españa", "payment", "payment-methods", ["Pay in 3"], lang="es")
case("tienen descuento para estudiantes", "payment", "student-discount", ["15%"], lang="es")
case("cómo cambio la talla de unas zapatillas", "return_refund", "size-exchanges", ["returns.velluto.com"], lang="es")
case("¿cuál es el horario de atención al cliente por teléfono?", "other", "contact-hours", ["9:00-18:00"], lang="es", hardneg=True)
# ---------------------------------------------------------------- Dutch knowledge
case("wat kost verzending naar nederland", "shipping", "shipping-rates", ["€7.90"], lang="nl")
case("hoe lang duurt de levering naar belgië", "shipping", "delivery-times-tracking", ["2-4"], lang="nl")
case("kan ik achteraf betalen met klarna binnen 30 dagen", "payment", "payment-methods", ["Pay in 30 days"], lang="nl")
case("hoe lang is de retourtermijn", "return_refund", "returns-policy", ["30"], lang="nl")
case("welke italiaanse maat is een UK 8 bij dames", "product_info", "size-guide", ["40"], lang="nl")
case("wat zijn de openingstijden van de winkel in milaan op zondag", "other", "contact-hours", ["11:00-19:00"], lang="nl")
# ---------------------------------------------------------------- Portuguese knowledge
case("quanto custa o envio para portugal", "shipping", "shipping-rates", ["€9.90"], lang="pt")
case("quanto tempo demora a entrega em portugal", "shipping", "delivery-times-tracking", ["3-5"], lang="pt")
case("qual é o prazo para trocar de tamanho?", "return_refund", "size-exchanges", ["30"], lang="pt")
case("os cartões presente são de que valores", "product_info", "gift-cards", ["€25"], lang="pt")
case("qual é o email do apoio ao cliente?", "other", "contact-hours", ["help@velluto.com"], lang="pt", hardneg=True)
# ---------------------------------------------------------------- Polish knowledge
case("ile kosztuje wysyłka do polski", "shipping", "shipping-rates", ["€9.90"], lang="pl")
case("czy mogę odebrać paczkę w paczkomacie inpost i jak długo tam czeka", "shipping", "delivery-times-tracking", ["7"], lang="pl")
case("od jakiej kwoty jest darmowa wysyłka do polski", "shipping", "shipping-rates", ["€149"], lang="pl")
case("jak długo trwa zwrot pieniędzy na paypal", "return_refund", "refunds", ["24"], lang="pl")
case("czy macie zniżkę studencką", "payment", "student-discount", ["15%"], lang="pl")
# ---------------------------------------------------------------- Swedish, Romanian, Greek, Slovak, Croatian, Slovenian knowledge
case("vad kostar frakten till sverige", "shipping", "shipping-rates", ["€12.90"], lang="sv")
case("hur lång tid tar leveransen till sverige", "shipping", "delivery-times-tracking", ["4-7"], lang="sv")
case("kan jag betala med klarna faktura inom 30 dagar", "payment", "payment-methods", ["Pay in 30 days"], lang="sv")
case("cât costă livrarea în românia", "shipping", "shipping-rates", ["€12.90"], lang="ro")
case("de la ce sumă e transportul gratuit în românia", "shipping", "shipping-rates", ["€179"], lang="ro")
case("câte zile am pentru retur", "return_refund", "returns-policy", ["30"], lang="ro")
case("πόσο κοστίζει η αποστολή στην Ελλάδα;", "shipping", "shipping-rates", ["€12.90"], lang="el")
case("πόσες μέρες έχω για να κάνω επιστροφή;", "return_refund", "returns-policy", ["30"], lang="el")
case("koľko stojí doprava na slovensko", "shipping", "shipping-rates", ["€9.90"], lang="sk")
case("do koľkých dní môžem vrátiť tovar", "return_refund", "returns-policy", ["30"], lang="sk")
case("koliko košta dostava u hrvatsku", "shipping", "shipping-rates", ["€9.90"], lang="hr")
case("od kojeg iznosa je besplatna dostava za hrvatsku", "shipping", "shipping-rates", ["€149"], lang="hr")
case("koliko stane poštnina v slovenijo", "shipping", "shipping-rates", ["€7.90"], lang="sl")
case("kako dolgo traja dostava v slovenijo", "shipping", "delivery-times-tracking", ["2-4"], lang="sl")
# ================================================================ ESCALATIONS
# ---------------------------------------------------------------- explicit requests for a person
for m in ["can i talk to a human", "get me a human", "real person pls", "agent",
          "i want to speak to someone", "Could you please put me through to a member of your team?",
          "can someone call me back on +39 333 1234567", "pls have someone ring me tomorrow morning",
          "is there an actual person there?", "stop. i need a real staff member",
          "operator", "connect me with customer service please", "i'd like to talk to a manager",
          "human. now.", "yo can i get a real one not a bot",
          "I have a question about a big order for a wedding party, can someone from your team contact me?",
          "need to talk to sb asap", "can you transfer me to a person on live chat",
          "Hello, I would prefer to speak with a human colleague, thank you.", "bot no good. human?",
          "let me talk to your supervisor", "i want a callback", "customer service rep please",
          "please escalate this to a human", "i need to talk to someone about my order",
          "talk to human", "Can I get a representative?", "i want to complain to a real person",
          "someone from the team pls", "can a human check my order please", "pass me to your colleague",
          "who can i speak to? a person, not a faq"]:
    esc(m, "human_request")
esc(["my new coat has a weird chemical smell", "who can i talk to about this"], "human_request")
esc(["how much is shipping to france", "ok thanks. can i speak to someone now"], "human_request")
esc(["whats the return window", "right, now put me through to an agent please"], "human_request")
esc(["do you ship to norway", "ugh. fine. is there someone i can talk to about a special delivery"], "human_request")
esc(["hi", "i have a question about my personal styling appointment", "can i talk to the stylist directly"], "human_request")
esc(["is the chelsea boot 88 back in stock", "ok get me a person please"], "human_request")
# ---------------------------------------------------------------- cancel / refund / change a specific order
esc("cancel VEL-58302 please", "return_refund", cust="c102")
esc("pls cancel my order VEL-58317 i ordered the wrong size", "return_refund", cust="c102")
esc("i want to cancel my preorder VEL-58447", "return_refund", cust="c106")
esc("i want a refund for VEL-58240, the coat is too big", "return_refund", cust="c101")
esc("refund VEL-58418 now", "return_refund", cust="c104")
esc("stop the shipment of VEL-58433 i dont want it anymore", "return_refund", cust="c105")
esc("i want my money back for VEL-58530", "return_refund", cust="c110")
esc("cancel VEL-58488 and refund me", "return_refund", cust="c108")
esc("please refund the tote from VEL-58461, the strap is shorter than i thought", "return_refund", cust="c106")
esc("I'd like you to arrange the return of VEL-58516 and refund my card", "return_refund", cust="c109")
esc(["hi", "i just placed VEL-58317", "can you cancel it, i used the wrong address"], "return_refund", cust="c102")
esc("can u change the loafers in VEL-58302 to size 43", "return_refund", cust="c102")
esc("exchange the sneakers from VEL-58213 for a 42 please", "return_refund", cust="c101")
esc("can you swap the suede runners in VEL-58559 for a 44 for me", "return_refund", cust="c112")
esc("can you put the slingbacks in VEL-58447 in size 38 instead of 39", "return_refund", cust="c106")
esc(["VEL-58317", "can you change one of the two shirts to a medium"], "return_refund", cust="c102")
esc("change the delivery address on VEL-58302 to via roma 5, torino", "shipping", cust="c102")
esc("can you change the delivery address for VEL-58479, i'm not home this week", "shipping", cust="c107")
esc(["where is VEL-58213", "ok can you redirect it to my office then"], "shipping", cust="c101")
esc("please upgrade VEL-58317 to express", "shipping", cust="c102")
esc("cancel VEL-58530", "return_refund", cust="c101", never=["71241003388", "Wool Blazer Duomo"], other=True)
# ---------------------------------------------------------------- charged twice, payment problems
esc("i was charged twice for VEL-58317", "payment", cust="c102")
esc("paypal took the money 2 times for the same order", "payment")
esc("double charge on my card??", "payment")
esc("my bank shows two payments of 378 for VEL-58433", "payment", cust="c105")
esc("klarna keeps asking me to pay for an order i already returned", "payment")
esc("i paid by bank transfer a week ago and my order is still waiting for payment", "payment")
esc(["can i pay with klarna", "it keeps rejecting me", "tried 3 times with different cards, nothing works, im stuck"], "payment")
# ---------------------------------------------------------------- refund missing
esc("VEL-58391 says refunded but theres nothing on my card after 3 weeks", "return_refund", cust="c103")
esc("where is my refund for VEL-58502 its been 20 days", "return_refund", cust="c108")
esc("sent my return back a month ago and still no refund", "return_refund")
esc("my refund was less than it should be, you took money off", "return_refund")
esc("i returned the coat from VEL-58240 two weeks ago, tracking says you got it, still no refund", "return_refund", cust="c101")
esc("returned shoes in the milan store last week, they said the refund is immediate, nothing came", "return_refund")
# ---------------------------------------------------------------- delivered but not received
esc("VEL-58516 says delivered but i never got it", "shipping", cust="c109")
esc("tracking says delivered for VEL-58461 but nothing here, neighbours dont have it either", "shipping", cust="c106")
esc("inpost says VEL-58418 was delivered but the locker was empty", "shipping", cust="c104")
esc("BRT marked VEL-58559 delivered yesterday, i was home all day and nobody came", "shipping", cust="c112")
esc("my parcel says delivered but its not here", "shipping")
esc(["where is VEL-58530", "GLS app says it was delivered this morning but i dont have it"], "shipping", cust="c110")
# ---------------------------------------------------------------- account hacked / not their orders
esc("someone logged into my account and placed an order i didnt make", "account")
esc("the email on my account was changed and now i cant log in", "account")
esc("there are 2 orders in my account that arent mine", "account")
esc("i think my account got hacked", "account")
esc("got an email that my password was changed but i didnt do it", "account")
esc("someone used my saved card on your site to buy shoes", "account")
# ---------------------------------------------------------------- damaged / wrong item, wants a fix
esc("the coat from VEL-58240 arrived with a hole in the sleeve, i want a replacement", "complaint", cust="c101")
esc("you sent me size 40 instead of 43 in VEL-58516, send me the right ones", "complaint", cust="c109")
esc("the belt in VEL-58418 has a broken buckle. i want a new one", "complaint", cust="c104")
esc("VEL-58461 the tote came scratched all over, what are you going to do about it", "complaint", cust="c106")
esc("one of the runners in VEL-58559 is a different shade from the other one, i need a new pair", "complaint", cust="c112")
# ---------------------------------------------------------------- anger / frustration building, stuck
esc(["where is my order", "i already told you, VEL-58355", "you keep saying the same thing. this is useless"], "complaint", cust="c103")
esc(["how do i return the dress", "i did that and the returns portal gives an error", "it still doesnt work, ive tried 4 times"], "complaint")
esc(["my refund?", "i said my REFUND", "are you even reading what i write"], "complaint")
esc(["hello", "my password reset email never arrives", "checked spam, nothing", "still nothing after an hour, this is ridiculous"], "complaint")
esc(["why hasnt VEL-58302 shipped", "its been pending for 2 days", "this is the third time im asking and nobody answers my emails"], "complaint", cust="c102")
esc("this is the worst shop ever, 3 weeks and no parcel", "complaint")
esc("I'm really disappointed, I've written to you 3 times and no one has replied", "complaint")
esc(["how much is express to the uk", "i paid that and it still took a week", "so i want the express fee back, this is not ok"], "return_refund")
esc(["the heel on my boot came off", "i already sent photos to help@ last week", "no answer. again. im done waiting"], "complaint")
esc(["is the chelsea boot back yet", "you said november last month too", "this keeps getting pushed back, honestly fed up"], "complaint")
esc(["where is VEL-58433", "its a gift for tomorrow", "youre just repeating the tracking number, i need to know if it arrives TOMORROW"], "complaint", cust="c105")
esc(["you already told me that", "thats not what i asked", "forget it youre not helping"], "complaint")
esc(["whats the return window", "but the portal says my order isnt eligible", "i told you its not final sale, why does it say that, so annoying"], "complaint")
esc("honestly so annoyed, third parcel from you in a row that arrives late", "complaint")
esc(["the runners were too small", "i did the exchange already", "the new pair is ALSO wrong, you sent 41 again"], "complaint")
esc(["can i return this", "I asked a simple question", "again: can I return it or not. you keep sending me the same text"], "complaint")
# ---------------------------------------------------------------- escalations in other languages
esc("voglio parlare con un operatore", "human_request", lang="it")
esc("c'è una persona vera con cui posso parlare?", "human_request", lang="it")
esc("mi può richiamare qualcuno oggi pomeriggio?", "human_request", lang="it")
esc("annullate l'ordine VEL-58317 per favore", "return_refund", lang="it", cust="c102")
esc("mi avete addebitato due volte lo stesso ordine", "payment", lang="it")
esc("il pacco VEL-58516 risulta consegnato ma non l'ho mai ricevuto", "shipping", lang="it", cust="c109")
esc(["ciao", "il mio reso non è ancora stato rimborsato", "è la terza volta che ve lo scrivo, basta!"], "complaint", lang="it")
esc("qualcuno è entrato nel mio account e ha fatto un ordine", "account", lang="it")
esc("Ich möchte mit einem Mitarbeiter sprechen", "human_request", lang="de")
esc("Rückruf bitte, so schnell wie möglich", "human_request", lang="de")
esc("Bitte stornieren Sie meine Bestellung VEL-58433", "return_refund", lang="de", cust="c105")
esc("Jemand hat sich in mein Konto eingeloggt und Sachen bestellt", "account", lang="de")
esc(["Wo bleibt mein Paket", "VEL-58433", "Das haben Sie mir schon dreimal geschrieben, ich will jetzt eine Lösung"], "complaint", lang="de", cust="c105")
esc("Mir wurde der Betrag doppelt abgebucht", "payment", lang="de")
esc("je veux parler à un conseiller", "human_request", lang="fr")
esc("passez-moi un humain svp", "human_request", lang="fr")
esc("remboursez-moi la commande VEL-58240 svp", "return_refund", lang="fr", cust="c101")
esc("on m'a débité deux fois pour la même commande", "payment", lang="fr")
esc(["bonjour", "mon colis VEL-58461 est indiqué livré mais je ne l'ai pas reçu", "j'ai déjà demandé aux voisins"], "shipping", lang="fr", cust="c106")
esc("quiero hablar con una persona", "human_request", lang="es")
esc("¿me puede llamar alguien de atención al cliente?", "human_request", lang="es")
esc("quiero devolver el pedido VEL-58418 y que me devolváis el dinero ya", "return_refund", lang="es", cust="c104")
esc("me han hackeado la cuenta", "account", lang="es")
esc(["hola", "mi reembolso del pedido VEL-58502 no llega", "ya pasaron 3 semanas"], "return_refund", lang="es", cust="c108")
esc("ik wil een medewerker spreken", "human_request", lang="nl")
esc("annuleer mijn bestelling VEL-58447 aub", "return_refund", lang="nl", cust="c106")
esc("ik ben twee keer afgeschreven voor dezelfde bestelling", "payment", lang="nl")
esc(["hallo", "waar blijft mijn terugbetaling", "ik vraag het nu voor de derde keer, dit is echt belachelijk"], "complaint", lang="nl")
esc("quero falar com um humano", "human_request", lang="pt")
esc("fui cobrado duas vezes pela mesma encomenda", "payment", lang="pt")
esc(["olá", "a minha conta foi invadida", "há encomendas que não fiz"], "account", lang="pt")
esc("chcę rozmawiać z konsultantem", "human_request", lang="pl")
esc("paczka VEL-58418 ma status doręczona, ale jej nie dostałem", "shipping", lang="pl", cust="c104")
esc("ktoś włamał się na moje konto", "account", lang="pl")
esc("jag vill prata med en människa", "human_request", lang="sv")
esc("avbryt min order VEL-58433 tack", "return_refund", lang="sv", cust="c105")
esc("vreau să vorbesc cu un operator uman", "human_request", lang="ro")
esc("vreau rambursare pentru comanda VEL-58530", "return_refund", lang="ro", cust="c110")
esc("θέλω να μιλήσω με έναν άνθρωπο", "human_request", lang="el")
esc("με χρεώσατε δύο φορές για την ίδια παραγγελία", "payment", lang="el")
esc("chcem hovoriť s operátorom", "human_request", lang="sk")
esc("želim razgovarati s čovjekom", "human_request", lang="hr")
esc("želim govoriti z osebo", "human_request", lang="sl")
# ---------------------------------------------------------------- more escalations, mixed languages
esc("posso parlare con qualcuno del servizio clienti? è urgente", "human_request", lang="it")
esc("mi passi un collega umano per favore", "human_request", lang="it")
esc("vorrei cambiare l'indirizzo di consegna dell'ordine VEL-58302", "shipping", lang="it", cust="c102")
esc("ho ricevuto le scarpe sbagliate nell'ordine VEL-58559, mandatemi quelle giuste", "complaint", lang="it", cust="c112")
esc(["il mio ordine VEL-58479?", "mi hai già scritto la stessa cosa", "non mi stai aiutando per niente, sono stufa"], "complaint", lang="it", cust="c107")
esc("voglio il rimborso dell'ordine VEL-58461", "return_refund", lang="it", cust="c106")
esc("Kann mich bitte jemand zurückrufen?", "human_request", lang="de")
esc("Ich will mit einem echten Menschen reden, nicht mit einem Bot", "human_request", lang="de")
esc("Laut DHL wurde VEL-58516 zugestellt, aber ich habe nichts bekommen", "shipping", lang="de", cust="c109")
esc("Können Sie bei VEL-58213 die Größe auf 43 ändern?", "return_refund", lang="de", cust="c101")
esc("Meine Rückerstattung für VEL-58502 ist nach drei Wochen immer noch nicht da", "return_refund", lang="de", cust="c108")
esc("je voudrais être rappelé par quelqu'un", "human_request", lang="fr")
esc("annulez ma commande VEL-58302 s'il vous plaît", "return_refund", lang="fr", cust="c102")
esc("quelqu'un a piraté mon compte, il y a des commandes que je n'ai pas passées", "account", lang="fr")
esc(["où est ma commande", "je vous ai déjà donné le numéro, VEL-58355", "vous répétez toujours la même chose, c'est inadmissible"], "complaint", lang="fr", cust="c103")
esc("cancelad mi pedido VEL-58317 por favor", "return_refund", lang="es", cust="c102")
esc("el paquete VEL-58530 pone entregado pero no me ha llegado nada", "shipping", lang="es", cust="c110")
esc("me habéis cobrado dos veces el mismo pedido", "payment", lang="es")
esc("kan iemand mij terugbellen?", "human_request", lang="nl")
esc("pakket VEL-58355 staat op bezorgd maar ik heb niks ontvangen", "shipping", lang="nl", cust="c103")
esc("iemand heeft op mijn account ingelogd en iets besteld", "account", lang="nl")
esc("podem ligar-me? preciso de falar com alguém", "human_request", lang="pt")
esc("quero cancelar a encomenda VEL-58488", "return_refund", lang="pt", cust="c108")
esc("o meu reembolso ainda não chegou, já passou um mês", "return_refund", lang="pt")
esc("poproszę o kontakt z człowiekiem", "human_request", lang="pl")
esc("zostałem obciążony dwa razy za to samo zamówienie", "payment", lang="pl")
esc("kan jag få prata med någon i kundtjänst", "human_request", lang="sv")
esc("någon har loggat in på mitt konto och beställt saker", "account", lang="sv")
esc("aș vrea să mă sune cineva înapoi", "human_request", lang="ro")
esc("pachetul VEL-58530 apare livrat dar nu l-am primit", "shipping", lang="ro", cust="c110")
esc("ακυρώστε την παραγγελία μου VEL-58559", "return_refund", lang="el", cust="c112")
esc("zrušte mi prosím objednávku VEL-58302", "return_refund", lang="sk", cust="c102")
esc("naplatili ste mi to dvakrát", "payment", lang="hr")
esc("prosim, da me nekdo pokliče", "human_request", lang="sl")
# English
esc("i need someone to call me about my order, its urgent", "human_request")
esc("any humans working today?", "human_request")
esc("can you get someone from the store to phone me", "human_request")
esc("put me through to a human being please, I've got a billing issue", "human_request")
esc("I was charged for VEL-58447 but it's a pre-order, you shouldn't have taken the money yet", "payment", cust="c106")
esc("i never ordered VEL-58488, someone used my account", "account", cust="c108")
esc(["my order VEL-58317 hasnt shipped", "its been paid for days", "this is getting really frustrating, nobody tells me anything"], "complaint", cust="c102")
esc("please change the size of the rollneck in VEL-58433 to M before it arrives", "return_refund", cust="c105")

# ================================================================ load KB and check
def load_kb():
    arts = {}
    for fn in sorted(os.listdir(os.path.join(KB, "articles"))):
        if not fn.endswith(".md"):
            continue
        raw = open(os.path.join(KB, "articles", fn), encoding="utf-8").read()
        aid, body = fn[:-3], raw
        if raw.startswith("---"):
            _, fm, body = raw.split("---", 2)
            for line in fm.strip().splitlines():
                k, _, v = line.partition(":")
                if k.strip() == "id":
                    aid = v.strip()
        title = body.strip().splitlines()[0]
        assert title.startswith("# "), fn
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)   # links lose their markup
        text = text.replace("**", "").replace("__", "")
        assert aid not in arts, "duplicate article id " + aid
        arts[aid] = text
    products = {p["sku"]: p for p in json.load(open(os.path.join(KB, "products.json"), encoding="utf-8"))}
    orders = {o["orderId"]: o for o in json.load(open(os.path.join(KB, "orders.json"), encoding="utf-8"))}
    return arts, products, orders


def check(arts, products, orders):
    errors = []
    shape = re.compile(r"^VEL-\d{5}$")
    for oid, o in orders.items():
        if not shape.match(oid):
            errors.append("order id of another shape: " + oid)
        for it in o["items"]:
            if it["sku"] not in products:
                errors.append("%s: unknown sku %s" % (oid, it["sku"]))
        if o["status"] in ("shipped", "delivered") and not (o.get("carrier") and o.get("trackingNumber")):
            errors.append(oid + ": shipped/delivered without carrier/tracking")
    seen = set()
    for i, c in enumerate(CASES):
        cid = "v%03d" % (i + 1)
        where = "%s %r: " % (cid, c["msgs"][-1][:60])
        key = (tuple(c["msgs"]), c["cust"])
        if key in seen:
            errors.append(where + "duplicate case")
        seen.add(key)
        if c["intent"] not in INTENTS:
            errors.append(where + "bad intent " + c["intent"])
        if c["lang"] not in LANGS:
            errors.append(where + "bad lang")
        if c["article"] is not None and c["article"] not in arts:
            errors.append(where + "unknown article " + str(c["article"]))
        if c["esc"] and (c["article"] is not None or c["must"]):
            errors.append(where + "hand-overs have no article and no mustMention")
        if c["intent"] in ("greeting", "thanks", "goodbye", "order_status") and c["article"]:
            errors.append(where + "this intent takes article null")
        if c["intent"] == "other" and c["article"] is None and (c["must"] or c["esc"]):
            errors.append(where + "outside-the-shop cases mention nothing and don't escalate")
        if len(c["must"]) > 2 or any(len(m) > 32 for m in c["must"]):
            errors.append(where + "mustMention must be 1-2 short facts")
        if not c["esc"] and c["intent"] not in ("greeting", "thanks", "goodbye", "other", "order_status") and not c["must"]:
            errors.append(where + "knowledge case without mustMention")
        # orders named in the conversation
        ids = sorted(set(ORDER_RE.findall(" ".join(c["msgs"]))))
        private = []
        for oid in ids:
            if oid not in orders:
                if not c["missing"]:
                    errors.append(where + "unknown order " + oid)
                continue
            o = orders[oid]
            if o["customerId"] != c["cust"]:
                if not c["other"]:
                    errors.append(where + "%s belongs to %s, not %s" % (oid, o["customerId"], c["cust"]))
                else:
                    priv = [o.get("trackingNumber", "")] + [products[it["sku"]]["name"] for it in o["items"]]
                    if not any(p and p in (c["never"] or []) for p in priv):
                        errors.append(where + "other customer's order without its private data in mustNotMention")
            elif c["other"]:
                errors.append(where + "flagged other but the order is theirs")
        if c["other"] and not any(orders.get(x, {}).get("customerId") not in (None, c["cust"]) for x in ids):
            errors.append(where + "flagged other without another customer's order")
        if c["missing"] and all(x in orders for x in ids):
            errors.append(where + "flagged missing but every order exists")
        # where the mustMention facts must come from
        if c["article"]:
            source = arts.get(c["article"], "")
        else:
            parts = []
            for oid in ids:
                if oid in orders and orders[oid]["customerId"] == c["cust"]:
                    o = orders[oid]
                    parts.append(json.dumps(o, ensure_ascii=False))
                    parts += [products[it["sku"]]["name"] for it in o["items"]]
            for sku in c["src"]:
                if sku not in products:
                    errors.append(where + "unknown sku " + sku)
                else:
                    parts.append(json.dumps(products[sku], ensure_ascii=False))
            source = "\n".join(parts)
        low = source.lower()
        for m in c["must"]:
            if m.lower() not in low:
                errors.append(where + "mustMention %r not in %s" % (m, c["article"] or "order/product data"))
        for m in c["never"] or []:
            if m.lower() in " ".join(c["must"]).lower():
                errors.append(where + "mustNotMention %r clashes with mustMention" % m)
            if c["article"] and m.lower() in low:
                errors.append(where + "mustNotMention %r is in the expected article" % m)
    return errors


def main():
    arts, products, orders = load_kb()
    errors = check(arts, products, orders)
    if errors:
        print("\n".join(errors))
        print("%d error(s); nothing written" % len(errors))
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, c in enumerate(CASES):
            f.write(json.dumps({
                "id": "v%03d" % (i + 1),
                "customerId": c["cust"],
                "messages": c["msgs"],
                "expect": {"escalate": c["esc"], "intent": c["intent"], "article": c["article"],
                           "mustMention": c["must"], "mustNotMention": c["never"]},
            }, ensure_ascii=False) + "\n")
    n = len(CASES)
    pct = lambda k: "%.1f%%" % (100.0 * k / n)
    esc_n = sum(c["esc"] for c in CASES)
    langs = Counter(c["lang"] for c in CASES)
    foreign = n - langs["en"]
    print("wrote", OUT)
    print("cases:", n)
    print("escalate:", esc_n, pct(esc_n))
    print("hard negatives (no escalation, trigger words or mild disappointment):", sum(c["hardneg"] for c in CASES))
    print("foreign:", foreign, pct(foreign))
    for code, k in sorted(langs.items(), key=lambda kv: -kv[1]):
        if code != "en":
            print("   %-10s %3d  %s" % (LANGS[code], k, pct(k)))
    print("multi-turn:", sum(len(c["msgs"]) > 1 for c in CASES))
    print("with an expected article:", sum(c["article"] is not None for c in CASES))
    print("outside the shop:", sum(c["intent"] == "other" and c["article"] is None for c in CASES))
    print("other customers' orders:", sum(c["other"] for c in CASES), " unknown order ids:", sum(c["missing"] for c in CASES))
    print("intents:", dict(sorted(Counter(c["intent"] for c in CASES).items())))
    print("articles:", len(arts), " products:", len(products), " orders:", len(orders))
    unused = sorted(set(arts) - {c["article"] for c in CASES})
    if unused:
        print("articles no case uses:", unused)


if __name__ == "__main__":
    main()
