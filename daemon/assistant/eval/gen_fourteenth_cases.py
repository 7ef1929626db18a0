#!/usr/bin/env python3
"""Generate fourteenth-cases.jsonl: evaluation cases for the fourteenth shop,
Helder Optiek (optician and eyewear shop: glasses, sunglasses, prescription
lenses, contact lenses and the LensPlan subscription, repairs, eye tests),
Witte de Withstraat 58, Rotterdam; ships to the EU, the United Kingdom,
Switzerland and Norway.
KB: fourteenth-kb/.  Run: python3 gen_fourteenth_cases.py
The script writes the cases, then checks them against the KB and prints
the figures (cases, escalation share, other-language share, multi-turn share).

Order numbers look like HO/25/04417 (HO, two-digit year, a 5-digit counter).
Customers paste them in many ways (lower case, dashes or spaces instead of
slashes, "#", no separators at all).  Lens strengths (-2.25, +2.00),
frame sizes (52-18, 52-18-140), lens indexes (1.6, 1.67), prices, dates,
PD values, "agent 007" and phone numbers are not order numbers.

LABELLING RULES

Escalation (expect.escalate)
 E1  true for an explicit request for a person in any wording or language
     ("human pls", "mag ik iemand spreken", "echte Person"), for a callback,
     for "the optician / optometrist" as a person to talk to, also right
     after a question the assistant answered.
 E2  true for a request to cancel, refund or change an existing order,
     subscription or appointment: cancel an order, change the address,
     the frame colour or the prescription values of an order, "I want my
     money back", cancel LensPlan *for me*, move or cancel an eye test.
 E3  true for matters only staff can settle: a prescription the shop
     entered wrongly, lenses made to the wrong strength, a double charge
     that was really booked, a LensPlan charge after the cancellation
     confirmation, an insurer that refuses the invoice or wants a corrected
     one, an account deletion that did not happen, a parcel marked
     delivered that the customer already looked for, a refund missing
     after the stated time, a replacement that was damaged again, a
     locked-out account after the reset steps, an order the customer did
     not place, a repair or warranty claim with no news, a painful or red
     eye after lenses bought here, complaints about a staff member, legal
     threats, press and partnership requests.
 E4  true when the customer is stuck or frustrated across several turns
     ("you're not listening", the same question a third time, caps and
     swearing after a useless answer).
 E5  false for questions about a policy even with "cancel", "refund",
     "person", "human", "agent", "call", "optician" in them: phone number,
     e-mail, WhatsApp, when people answer the chat or the phone, the store
     hours, how LensPlan is cancelled, what the refund rules are, how to
     cancel an eye test, "I don't need a person, just ...".  A first report
     of a damaged parcel, or of a parcel marked delivered that the customer
     has not yet looked for, gets the steps of the page (false).  Asking
     for another customer's order, or a number that does not exist, is
     answered without their data (false).

Intent (expect.intent)
     order_status: a named order (where, status, tracking, total, when it
       ships), listing one's orders, cancelling or changing an order,
       someone else's or an unknown order number.
     return_refund: returns, refunds, money back, returning prescription
       glasses or lenses, a refund that did not arrive, asking for a
       remake or refund of faulty lenses.
     shipping: zones, costs, times, production times, carriers, signature,
       express, customs and import VAT, store pickup, countries we ship to,
       a late parcel without an order number.
     product_info: frames, sunglasses, lens options and coatings, contact
       lenses, sizes, try at home, prescriptions (values, validity, upload,
       PD, strengths made online), eye tests and fittings and their
       booking, adjustment and repair prices, warranty terms; moving or
       cancelling one's own eye test is also product_info.
     payment: payment methods, when one is charged, VAT, double charges,
       invoices and health-insurance invoices, gift cards, a LensPlan
       charge after cancelling.
     account: login, password, details, saved prescriptions, managing
       LensPlan (skip, pause, change, cancel), privacy, data export and
       deletion, an order the customer did not place.
     complaint: something went wrong (damaged, wrong strength, shop typed
       the prescription wrongly, delivered-not-received, eye pain, staff,
       legal threat, frustration) when the turn does not ask for a
       person.  A turn that asks for a remake or money back for it is
       return_refund.
     human_request: the judged turn only asks for a person or a callback
       (also press or partnership contact).  When it also states a
       concrete problem, the problem's intent is used.
     other: contact details, customer-service and store opening hours,
       store address, things outside the shop (weather, medical advice).
       greeting / thanks / goodbye for small talk only.

Article (expect.article)
     The page that answers the judged turn.  Product facts and order facts
     come from the data (article null), except when the question is about
     a rule (then the rule's page).  A hand-over keeps the page that
     governs the matter raised in the conversation; it is null when only a
     person is asked for, or when no page governs (staff, legal, press,
     unknown charges).

mustMention: short exact strings from the governing page, or from the
order or product the answer rests on.  English turns may use words and
prices; other languages use only numbers without decimals, e-mail
addresses, phone numbers, tracking numbers and proper names (PostNL, DHL,
iDEAL, Klarna), because the reply may be written in that language.
Hand-overs carry no mustMention.
mustNotMention: other customers' data (tracking numbers, products), and
facts the reply must not invent (e.g. "has been cancelled" when the
assistant cannot cancel, a driving-licence certificate, free returns of
prescription lenses).
"""
import itertools
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, "fourteenth-kb")
OUT = os.path.join(HERE, "fourteenth-cases.jsonl")

INTENTS = {"greeting", "thanks", "goodbye", "order_status", "return_refund",
           "shipping", "product_info", "payment", "account", "complaint",
           "human_request", "other"}
LANGS = ["en", "nl", "de", "fr", "es", "pt", "it", "pl", "sv", "da", "cs", "tr"]
PROPER = {"postnl", "dhl", "dhl express", "dhl parcel", "ideal", "klarna",
          "paypal", "bancontact", "lensplan", "cbr", "wgbo"}

ORDERS = {o["orderId"]: o for o in json.load(open(os.path.join(KB, "orders.json"), encoding="utf-8"))}
PRODUCTS = {p["sku"]: p for p in json.load(open(os.path.join(KB, "products.json"), encoding="utf-8"))}


def _load_articles():
    arts = {}
    d = os.path.join(KB, "articles")
    for fn in sorted(os.listdir(d)):
        if not fn.endswith(".md"):
            continue
        text = open(os.path.join(d, fn), encoding="utf-8").read()
        aid = fn[:-3]
        body = text
        if text.startswith("---"):
            fm, _, body = text[3:].partition("\n---")
            for line in fm.splitlines():
                if line.strip().startswith("id:"):
                    aid = line.split(":", 1)[1].strip()
        assert aid not in arts, aid
        assert body.lstrip().startswith("# "), fn
        arts[aid] = body   # mustMention is checked against the text, not the tags
    return arts


ARTICLES = _load_articles()

CASES = []   # written to the jsonl
META = []    # lang, order, product, foreign: for the checks and figures
_guest = itertools.cycle(["g1490", "g1491", "g1492", "g1493", "g1494", "g1495", "g1496", "g1497"])
_known = itertools.cycle(["u14%02d" % i for i in range(1, 16)])
_pick = itertools.cycle([0, 1, 0, 1, 1])


def _cust():
    return next(_known) if next(_pick) else next(_guest)


# Customers often open with a greeting: every fourth single-turn case gets
# one first, in its own language (the judged turn stays the same).
OPENERS = {
    "en": ["hi", "hello", "hey there", "good morning", "hi, quick question", "hello :)"],
    "nl": ["hoi", "hallo", "goedemorgen", "hey, vraagje", "goedemiddag"],
    "de": ["Hallo", "Guten Tag", "Moin", "Hi, kurze Frage"],
    "fr": ["bonjour", "bonsoir", "salut", "Bonjour, une question"],
    "es": ["hola", "buenas", "hola, una pregunta"],
    "pt": ["olá", "bom dia", "boa tarde"],
    "it": ["ciao", "buongiorno", "salve"],
    "pl": ["dzień dobry", "cześć", "witam"],
    "sv": ["hej", "hallå"],
    "da": ["hej", "goddag"],
    "cs": ["dobrý den", "ahoj"],
    "tr": ["merhaba", "iyi günler"],
}
_opener_turn = [0]


def add(lang, msgs, esc, intent, article=None, must=None, mustnot=None,
        cust=None, order=None, product=None, foreign=None):
    if isinstance(msgs, str):
        msgs = [msgs]
    if order and not cust:
        cust = ORDERS[order]["customerId"] if order in ORDERS else None
    if not cust:
        cust = _cust()
    if len(msgs) == 1 and intent not in ("greeting", "thanks", "goodbye"):
        _opener_turn[0] += 1
        if _opener_turn[0] % 4 == 0:
            ops = OPENERS[lang]
            msgs = [ops[(_opener_turn[0] // 4) % len(ops)]] + list(msgs)
    cid = "h14-%04d" % (len(CASES) + 1)
    CASES.append({
        "id": cid,
        "customerId": cust,
        "messages": list(msgs),
        "expect": {
            "escalate": bool(esc),
            "intent": intent,
            "article": article,
            "mustMention": list(must) if must else None,
            "mustNotMention": list(mustnot) if mustnot else None,
        },
    })
    META.append({"lang": lang, "order": order, "product": product,
                 "foreign": list(foreign or [])})


def G(esc, intent, article=None, must=None, mx=None, mn=None, mn_en=None,
      order=None, product=None, foreign=None, cust=None, **langs):
    """One scenario in several languages.  must: English-only strings,
    mx: strings for every language (numbers, e-mails, names),
    mn: mustNotMention for every language, mn_en: English-only."""
    for lang, variants in langs.items():
        assert lang in LANGS, lang
        for v in variants:
            m = (list(must or []) + list(mx or [])) if lang == "en" else list(mx or [])
            n = list(mn or []) + (list(mn_en or []) if lang == "en" else [])
            add(lang, v, esc, intent, article, m or None, n or None,
                cust=cust, order=order, product=product, foreign=foreign)


# Facts used below
TN = {k: v.get("trackingNumber") for k, v in ORDERS.items()}
ALL_TN = [t for t in TN.values() if t]


def others_tn(order):
    """three tracking numbers of other customers' orders, different per order"""
    cust = ORDERS[order]["customerId"]
    pool = [o["trackingNumber"] for o in ORDERS.values()
            if o["customerId"] != cust and o.get("trackingNumber")]
    k = sorted(ORDERS).index(order)
    return [pool[(k + i * 5) % len(pool)] for i in range(3)]

# ---------------------------------------------------------------------------
# 1. Order status: the customer's own orders (escalate false)
# ---------------------------------------------------------------------------
def OS(order, must=None, mx=None, **langs):
    G(False, "order_status", None, must=must, mx=mx, mn=others_tn(order),
      order=order, **langs)


OS("HO/25/04417", must=["shipped"], mx=["3SHLDO0441701"],
   en=["where is my order HO/25/04417?",
       "hi any news on ho/25/04417? glasses were supposed to be here by now",
       "can u send me the tracking for HO2504417",
       ["hello", "I ordered the Aria 52-18 with the blue filter lenses, order HO/25/04417. has it shipped?"]],
   nl=["waar blijft mijn bril? bestelnummer HO-25-04417",
       "hoi, is HO 25 04417 al verzonden?",
       "ik heb HO/25/04417 besteld, de aria 52-18 met blauwfilter 1.6, wanneer komt ie",
       "track en trace van ho/25/04417 aub",
       ["hallo", "mijn bestelling #HO/25/04417, waar is die nu?"]])
OS("HO/25/04388", must=["delivered"],
   en=["was HO/25/04388 delivered? the 90 pack lenses"],
   nl=["status van HO-25-04388?", "is bestelling ho/25/04388 (daglenzen 90 stuks) al bezorgd"])
OS("HO/25/04502", must=["pending"],
   en=["what's the status of HO/25/04502",
       "ordered the coen titanium with varifocals, ho/25/04502, has it gone into production yet?",
       "I uploaded my prescription for order HO-25-04502 yesterday evening, what's happening with it now?",
       ["hi there", "my order is HO/25/04502", "is it still pending or are you making the lenses?"]])
OS("HO/25/04440", must=["refunded"],
   en=["was HO/25/04440 refunded?",
       "order ho 25 04440 - did the refund go through? it was the eye drops and the spray"])
OS("HO/25/04455", must=["paid"],
   en=["status HO/25/04455 pls"],
   nl=["ik heb HO/25/04455 betaald, is hij al verstuurd?",
       "HO/25/04455 – zonnebril noord 55-18, staat er al een track & trace klaar?"])
OS("HO/25/04290", must=["refunded"], mx=["119"],
   en=["is the money for HO/25/04290 back on my account? how much was it again"],
   nl=["is het geld van HO/25/04290 al teruggestort? en hoeveel was het ook alweer"])
OS("HO/25/04471", must=["shipped"], mx=["JJD000390014471882"],
   en=["tracking for HO/25/04471?"],
   de=["Wo ist meine Bestellung HO/25/04471?",
       "hallo, sendungsnummer für ho-25-04471 bitte",
       "Bestellung HO 25 04471 – die torischen Linsen, sind die schon unterwegs?",
       ["Guten Tag", "ich warte auf HO/25/04471, wann kommt das Paket?"],
       "Moin, Bestellnr. HO2504471, schon verschickt? Brauche die Linsen bis Freitag"])
OS("HO/25/04484", must=["delivered"],
   en=["HO/25/04484 – delivered or not?"],
   de=["Ist HO/25/04484 schon zugestellt worden? Laut Mail ja, wollte nur sichergehen",
       "Status von Auftrag ho/25/04484 (Coen Titan mit 1.67 Gläsern)?"])
OS("HO/25/04310", must=["delivered"],
   en=["hello, is HO/25/04310 marked as delivered?"],
   fr=["bonjour, ma commande HO/25/04310 est-elle livrée ?",
       "statut de la commande ho 25 04310 svp (monture dara photochromique)"])
OS("HO/25/04480", must=["cancelled"],
   en=["is HO/25/04480 cancelled? just checking"],
   fr=["la commande HO/25/04480 a bien été annulée ?", "HO-25-04480 c'est annulé ou pas ? merci"])
OS("HO/25/04493", must=["shipped"], mx=["4417339025"],
   en=["where's my order HO/25/04493, shipping to Manchester",
       "hiya, tracking no. for ho/25/04493?",
       "#HO/25/04493 status?",
       ["hello", "I ordered the Maas aviators, order HO/25/04493. has it left yet?"],
       "ordered sunnies on the 17th, HO/25/04493, which courier is it with?"])
OS("HO/25/04493", mx=["113.3"],
   en=["how much did I pay for HO/25/04493 in total? looks less than the 119 on the website"])
OS("HO/25/04251", must=["delivered"],
   en=["the gift card in an envelope, order HO/25/04251 - delivered?"],
   nl=["is de cadeaukaart van bestelling HO/25/04251 bezorgd? het was een verrassing voor mijn moeder"])
OS("HO/25/04509", must=["paid"],
   en=["HO/25/04509 status"],
   nl=["wanneer gaat HO/25/04509 de deur uit?", "ho/25/04509 maandlenzen + peroxide, al onderweg?"])
OS("HO/25/04366", must=["refunded"],
   en=["did you refund HO/25/04366? the kids sunglasses"],
   nl=["is HO 25 04366 terugbetaald? de kinderzonnebril Zee"])
OS("HO/25/04512", must=["pending"],
   en=["order HO/25/04512 for my son's Emil frame, is it still pending?",
       "why does ho/25/04512 still say pending"])
OS("HO/25/04420", mx=["JJD000390014420119"],
   en=["tracking number for HO/25/04420 please"],
   fr=["où en est ma commande HO/25/04420 ?",
       "numéro de suivi pour ho-25-04420 svp",
       "bjr, commande HO 25 04420 lentilles journalières, elle arrive quand?",
       ["Bonsoir", "je voudrais savoir où est mon colis, commande n° HO/25/04420"]])
OS("HO/25/04528", must=["paid"],
   fr=["j'ai acheté un bon pour un examen de la vue, commande HO/25/04528, elle est passée ?"],
   en=["HO/25/04528 the eye test voucher - is the payment through?"])
OS("HO/25/04333", must=["delivered"], mx=["JJD000390014333540"],
   en=["tracking for HO/25/04333? it says delivered but i want the link"],
   es=["¿me podéis dar el número de seguimiento de HO-25-04333?",
       "hola, el seguimiento del pedido HO/25/04333 porfa"])
OS("HO/25/04333", must=["delivered"],
   es=["hola, mi pedido HO/25/04333 aparece como entregado?"])
OS("HO/25/04498", must=["shipped"], mx=["JJD000390014498307"],
   en=["where is order HO/25/04498"],
   pt=["olá, onde está a minha encomenda HO/25/04498?",
       "qual é o código de rastreio da encomenda ho 25 04498",
       "encomendei os óculos de sol kade, nº HO/25/04498, já foram enviados?",
       ["boa tarde", "a encomenda HO/25/04498 ainda não chegou a Braga, onde está?"],
       "oi, meu pedido HO-25-04498 ja saiu? qual transportadora?"])
OS("HO/25/04276", must=["cancelled"],
   it=["il mio ordine HO/25/04276 risulta annullato?",
       "ordine ho/25/04276, mi confermate che è stato annullato?"])
OS("HO/25/04461", must=["delivered"],
   it=["ordine HO-25-04461 consegnato?"],
   en=["was HO/25/04461 delivered? the multifocal lenses"])
OS("HO/25/04461", mx=["JJD000390014461775"],
   it=["mi date il numero di tracking dell'ordine HO/25/04461?",
       ["buongiorno", "vorrei il codice di tracciamento per HO 25 04461 grazie"]])
OS("HO/25/04515", must=["paid"],
   en=["status of HO/25/04515?"],
   pl=["dzień dobry, jaki jest status zamówienia HO/25/04515?",
       "kiedy wyślecie zamówienie ho-25-04515? oprawki dara",
       ["cześć", "zamówienie HO/25/04515 – zapłaciłam, co dalej?"]])
OS("HO/25/04399", must=["delivered"],
   de=["Grüezi, isch mini Bstellig HO/25/04399 scho aacho? uf de Sitä staht nüt",
       "Bestellung HO/25/04399, wurde die zugestellt?"],
   en=["HO/25/04399 delivered to Basel?"])
OS("HO/25/04399", mx=["122"],
   de=["Wieviel habe ich für HO/25/04399 genau bezahlt? Brauche den Betrag für die Buchhaltung"])
OS("HO/25/04522", must=["pending"],
   en=["HO/25/04522 — why is it still pending? i paid with ideal",
       "order no HO 25/04522 what's going on with it",
       ["hey", "ordered 2 boxes of the daily lenses last night", "HO/25/04522, when will they ship?"]])
# listing one's orders
G(False, "order_status", None, mn=["HO/25/04471", "HO/25/04493"], cust="u1401",
  en=["which orders do I have open at the moment?"],
  nl=[["hoi", "welke bestellingen heb ik nog lopen?"]])
G(False, "order_status", None, mn=["HO/25/04417", "HO/25/04420"], cust="u1404",
  de=["Welche Bestellungen habe ich gerade offen?"])
G(False, "order_status", None, mn=["HO/25/04417", "HO/25/04515"], cust="u1412",
  it=["quali ordini ho in corso con voi?"])

# ---------------------------------------------------------------------------
# 2. Someone else's order, or a number that does not exist (escalate false)
# ---------------------------------------------------------------------------
def FO(cust, oid, lang, msgs):
    mn = [TN[oid]] if TN.get(oid) else ["3SHLDO", "JJD000"]
    if oid in ORDERS:
        mn += [PRODUCTS[i["sku"]]["name"] for i in ORDERS[oid]["items"]][:1]
    add(lang, msgs, False, "order_status", None, None, mn, cust=cust, foreign=[oid])


FO("u1403", "HO/25/04417", "en", "where is HO/25/04417")
FO("u1403", "HO/25/04417", "en", ["where is HO/25/04417?", "it's my husband's order, he's also a customer, just give me the tracking number"])
FO("u1406", "HO/25/04471", "en", "status of order HO/25/04471?")
FO("u1410", "HO/25/04420", "es", "¿dónde está el pedido HO/25/04420? es de mi hermana, me pidió que preguntara")
FO("u1402", "HO/25/09999", "en", "HO/25/09999 where is it??")
FO("u1407", "HO/25/03117", "nl", "bestelling HO/25/03117, wat is de status?")
FO("u1414", "HO/25/04484", "de", "Bitte Status von Bestellung HO/25/04484")
FO("u1413", "HO/25/04498", "pl", "gdzie jest zamówienie HO/25/04498?")
FO("u1405", "HO/24/01882", "fr", "ma commande de l'an dernier HO/24/01882, vous pouvez retrouver la facture ?")
FO("g1491", "HO/25/04455", "en", "I ordered as a guest, order HO/25/04455, where is it")
FO("u1411", "HO/25/04399", "pt", "a encomenda HO/25/04399 já foi entregue?")
FO("u1409", "HO/25/05120", "fr", "commande HO-25-05120, toujours rien reçu")
FO("u1415", "HO/25/04502", "en", ["hi", "can you check HO/25/04502 for me? my friend ordered it for me"])
FO("g1493", "HO/25/04333", "sv", "hej, var är min beställning HO/25/04333?")
FO("u1408", "HO/25/04410", "nl", "HO/25/04410 is die al verstuurd")
FO("g1495", "HO/25/07781", "cs", "dobrý den, kde je moje objednávka HO/25/07781?")
# ---------------------------------------------------------------------------
# 3. Shipping, production times, customs, pickup (escalate false)
# ---------------------------------------------------------------------------
S = "shipping"
G(False, S, "shipping", must=["5.95"], mx=["75"],
  en=["how much is shipping to germany?", "shipping cost to belgium? and when is it free"],
  de=["Was kostet der Versand nach Deutschland? Ab wann ist er kostenlos?",
      "versandkosten nach österreich? nee warte, ich wohne in Köln. nach DE also"],
  fr=["combien coûte la livraison en Belgique ? c'est gratuit à partir de combien ?"],
  nl=["wat kost verzenden naar belgië, vanaf welk bedrag is het gratis?"])
G(False, S, "shipping", must=["3.95"], mx=["50"],
  en=["shipping within NL costs what?"],
  nl=["wat zijn de verzendkosten binnen nederland", "vanaf hoeveel euro is verzending gratis in NL?",
      "verzendkosten?? ik bestel maar 1 doosje lenzen van 24,95"])
G(False, S, "shipping", must=["8.95"], mx=["120"],
  en=["do you ship to Ireland and what does it cost?"],
  fr=["vous livrez en France ? frais de port ?", "livraison gratuite pour la France à partir de quel montant ?"],
  es=["¿enviáis a España? ¿cuánto cuesta el envío?", "envío gratis a partir de cuanto para españa"],
  pt=["fazem envios para Portugal? quanto custa?", "portes para portugal a partir de que valor são grátis?"],
  it=["spedite in Italia? quanto costa la spedizione?", "spedizione gratuita in italia da quanto?"],
  pl=["czy wysyłacie do Polski i ile kosztuje wysyłka?", "od jakiej kwoty darmowa dostawa do polski?"],
  sv=["skickar ni till Sverige? vad kostar frakten?"],
  da=["sender I til Danmark, og hvad koster fragten?"],
  cs=["posíláte do Česka? kolik stojí doprava?"])
G(False, S, "shipping", must=["14.95"],
  en=["shipping to the UK? how much", "do you deliver to Norway, and is it ever free?",
      "cost of delivery to Zurich?"],
  de=["Liefert ihr in die Schweiz? Was kostet das?"])
G(False, S, "shipping", must=["7.95", "15:00"],
  en=["do you have next day delivery?", "express shipping possible? need contacts by tomorrow, I'm in Utrecht"],
  nl=["kan ik morgen al mijn lenzen hebben als ik nu bestel? woon in Delft",
      "hebben jullie express levering?"])
G(False, S, "shipping", must=["working days"], mx=["5", "7"],
  en=["how long does it take to make prescription glasses?",
      "if I order single vision glasses today how long till they're made?",
      "whats the production time for glasses with -2.25 lenses"],
  nl=["hoelang duurt het voordat een bril op sterkte klaar is?"],
  de=["Wie lange dauert die Anfertigung einer Brille mit Sehstärke?"],
  fr=["combien de temps pour fabriquer des lunettes de vue ?"],
  es=["¿cuánto tardáis en hacer unas gafas graduadas?"],
  pt=["quanto tempo demoram a fazer uns óculos graduados?"],
  it=["quanto ci vuole per fare degli occhiali da vista?"],
  pl=["ile trwa wykonanie okularów korekcyjnych?"])
G(False, S, "shipping", must=["working days"], mx=["8", "10"],
  en=["how long for varifocals?", "varifocal glasses production time please, need them before a trip on the 12th"],
  nl=["hoe lang duurt een multifocale bril?"],
  de=["Wie lange dauert eine Gleitsichtbrille bei euch?"],
  fr=["délai pour des verres progressifs ?"],
  it=["tempi per occhiali progressivi?"])
G(False, S, "shipping", must=["15 working days"], mx=["15"],
  en=["I need 1.74 lenses, how long will that take?", "lenses with prism, how long?"],
  de=["Brille mit Prisma – wie lange dauert das?"])
G(False, S, "shipping", must=["15:00"],
  en=["if i order contact lenses now when do they ship", "when do you send out orders of solution and stuff"],
  nl=["als ik voor drie uur bestel gaan mijn lenzen dan vandaag nog weg?"],
  de=["Wenn ich heute vor 15 Uhr Kontaktlinsen bestelle, gehen die noch heute raus?"])
G(False, S, "shipping", must=["PostNL", "DHL"],
  en=["which courier do you use?", "who delivers to Germany, DHL or DPD?"],
  nl=["met welke vervoerder versturen jullie?"],
  de=["Mit welchem Paketdienst verschickt ihr?"],
  fr=["quel transporteur pour la france ?"],
  pl=["jaką firmą kurierską wysyłacie?"])
G(False, S, "shipping", must=["signature"],
  en=["do I have to sign for the parcel?", "will the courier need a signature for prescription glasses? I'm at work all day"],
  nl=["moet ik tekenen voor mijn bril?"],
  de=["Muss ich für das Paket mit der Brille unterschreiben?"])
G(False, S, "shipping", mn=["we ship to the United States", "we ship to Canada"],
  en=["do you ship to the USA?", "can you send glasses to Canada? my daughter studies in Toronto",
      "ship to Australia possible?"],
  tr=["Türkiye'ye gönderim yapıyor musunuz?", "İstanbul'a kargo var mı?"],
  es=["¿enviáis a Canarias? vivo en Tenerife"],
  fr=["vous livrez en Martinique ?"])
G(False, S, "shipping",
  en=["my parcel is late, tracking hasnt moved in days. no order number on me right now",
      "parcel seems stuck, what do I do"],
  nl=["mijn pakket komt maar niet, de tracking staat al dagen stil"],
  de=["Sendungsverfolgung bewegt sich seit Tagen nicht, was tun?"])
G(False, S, "damaged-delivery", must=["5 working days"], mx=["5"],
  en=["tracking hasn't updated for a week, when should I contact you about a late parcel?"],
  fr=["le suivi n'a pas bougé depuis 3 jours, à partir de quand je dois vous contacter ?"])
G(False, S, "shipping", must=["working days"],
  en=["I only need single vision glasses, -1.75 both eyes. how fast can you get them to Den Haag?"])
# customs
C = "customs"
G(False, S, C, must=["import VAT", "DHL"],
  en=["will i have to pay customs on a delivery to the UK?", "do I pay import fees when ordering to Norway?",
      "does my order to Switzerland get stopped at customs? what do I pay"],
  de=["Muss ich Zoll zahlen, wenn ich in die Schweiz bestelle?", "Fallen für die Schweiz Einfuhrgebühren an?"],
  sv=["blir det tull om jag beställer till Norge?"],
  da=["skal jeg betale told, hvis I sender til Norge?"])
G(False, S, C, mx=["135"],
  en=["UK customer: is VAT charged at checkout or when it arrives?",
      "I'm in Leeds, if I order two pairs of sunglasses, about 230 quid, what will DHL charge me?"],
  pl=["mieszkam w Londynie, czy zapłacę VAT przy odbiorze paczki?"])
G(False, S, C, mx=["25"],
  en=["what's the import VAT in Norway on glasses?"],
  sv=["hur mycket moms blir det på glasögon till Norge?"],
  da=["hvor meget moms skal man betale i Norge for briller fra jer?"])
G(False, S, C, must=["8.1%"],
  en=["import VAT for Switzerland, how much?"],
  de=["Wie hoch ist die Einfuhrumsatzsteuer für die Schweiz?"],
  fr=["pour la Suisse, la TVA à l'importation c'est combien ?"],
  it=["per la Svizzera quanto è l'IVA d'importazione?"])
G(False, S, C, must=["21%"], mx=["21"],
  en=["why is the price lower at checkout? I'm in Bergen", "the price went down at checkout when I picked UK as country. bug?"],
  de=["Warum ist der Preis im Warenkorb niedriger, seit ich Schweiz als Land gewählt habe?"])
G(False, S, C, must=["original shipping cost"],
  en=["what if i refuse the parcel because of the customs fee? do i get a refund?",
      "If I don't pay DHL's import charges and refuse delivery, what happens to my money?"],
  de=["Was passiert, wenn ich das Paket wegen der Zollgebühren nicht annehme?"])
# store pickup
P_ = "store-pickup"
G(False, S, P_, must=["free", "2 hours"], mx=["2"],
  en=["can I pick up my order in the store?", "click and collect possible? I'm in Rotterdam anyway",
      "if i order lenses for pickup, when can i collect?"],
  nl=["kan ik mijn bestelling ophalen in de winkel?", "afhalen in rotterdam, hoe snel ligt het klaar?",
      "ik wil lenzen bestellen en ophalen aan de Witte de With, kan dat vandaag nog"],
  de=["Kann ich online bestellen und im Laden in Rotterdam abholen?"],
  pt=["posso levantar a encomenda na loja de Roterdão?"])
G(False, S, P_, must=["14 days"], mx=["14"],
  en=["how long do you keep a pickup order?", "I'm away for a week, how long will you hold my glasses for pickup?"],
  nl=["hoe lang blijft mijn afhaalbestelling liggen?"],
  es=["¿cuántos días guardáis un pedido para recoger en tienda?"])
G(False, S, P_, must=["pickup code"],
  en=["can my husband pick up my glasses for me?", "my sister will collect my order, what does she need?"],
  nl=["mag mijn vriend mijn bril ophalen?"],
  pl=["czy ktoś inny może odebrać moje zamówienie w sklepie?"])
# ---------------------------------------------------------------------------
# 4. Returns and refunds: policy questions (escalate false)
# ---------------------------------------------------------------------------
R = "return_refund"
G(False, R, "returns", must=["30 days"], mx=["30"],
  en=["what's your return policy?", "can I return sunglasses if I don't like them?",
      "how many days do i have to send back a frame without lenses",
      "returns policy for non prescription sunnies pls"],
  nl=["hoe lang heb ik om iets terug te sturen?", "kan ik een zonnebril zonder sterkte retourneren?",
      "retourbeleid? twijfel nog over een montuur"],
  de=["Wie lange habe ich Zeit für eine Rücksendung?", "Kann ich eine Sonnenbrille ohne Stärke zurückschicken?"],
  fr=["quelle est votre politique de retour ?", "je peux renvoyer des lunettes de soleil si elles ne me vont pas ?"],
  es=["¿cuál es el plazo para devolver unas gafas de sol?", "puedo devolver una montura sin graduar??"],
  pt=["qual é o prazo de devolução?", "posso devolver uns óculos de sol que não gostei?"],
  it=["quanti giorni ho per fare un reso?", "posso restituire gli occhiali da sole se non mi piacciono?"],
  pl=["ile mam dni na zwrot okularów przeciwsłonecznych?"],
  sv=["hur lång ångerrätt har ni?"],
  da=["hvor lang tid har jeg til at returnere et stel?"])
G(False, R, "returns", must=["frame"], mn_en=["full refund for prescription lenses"],
  en=["can I return prescription glasses if I don't like them?",
      "if I send back my glasses with my -3.50 lenses in them, do I get all my money back?",
      "do you refund prescription lenses if I change my mind?",
      "refund policy for glasses with strength? asking before I order, not cancelling anything"],
  nl=["kan ik een bril op sterkte retourneren als hij me niet staat?"],
  de=["Kann ich eine Brille mit Korrekturgläsern zurückgeben, wenn sie mir nicht gefällt?"],
  fr=["est-ce qu'on peut retourner des lunettes de vue ?"],
  es=["¿se pueden devolver gafas graduadas?"],
  pt=["posso devolver óculos graduados?"],
  it=["gli occhiali da vista si possono restituire?"],
  pl=["czy mogę zwrócić okulary korekcyjne?"],
  cs=["můžu vrátit dioptrické brýle?"])
G(False, R, "returns", must=["6 months"], mx=["6"],
  en=["can i return unopened contact lenses?", "I ordered the wrong lens box, it's still sealed. can I send it back?"],
  nl=["kan ik ongeopende lenzen terugsturen?"],
  de=["Kann ich ungeöffnete Kontaktlinsen zurückschicken?"],
  it=["posso restituire lenti a contatto ancora sigillate?"],
  pl=["czy mogę zwrócić nieotwarte soczewki?"])
G(False, R, "returns", must=["opened"],
  en=["can i return an opened bottle of solution?", "opened the eye drops, they sting. can they go back?"],
  de=["Kann ich eine angebrochene Pflegemittelflasche zurückgeben?"],
  fr=["on peut retourner des gouttes pour les yeux ouvertes ?"])
G(False, R, "returns", must=["Postbus 29140"], mx=["29140"],
  en=["what's the returns address?", "where do i send my return to"],
  nl=["wat is het retouradres?"],
  de=["An welche Adresse schicke ich die Rücksendung?"],
  fr=["adresse de retour svp"],
  es=["¿cuál es la dirección para las devoluciones?"],
  pt=["qual é a morada para devoluções?"])
G(False, R, "returns", must=["free"],
  en=["is the return label free?", "do i have to pay for returns from belgium?"],
  nl=["is retourneren gratis?", "moet ik zelf de retourzending betalen?"],
  fr=["le retour est gratuit depuis la Belgique ?"])
G(False, R, "returns", must=["own cost"],
  en=["returning from Spain, do you send a label?"],
  es=["¿el envío de la devolución desde España lo pago yo?", "devolver desde madrid, tengo que pagar yo el envío?"],
  pt=["a devolução a partir de Portugal é paga por mim?"],
  it=["le spese di reso dall'Italia sono a carico mio?"],
  pl=["kto płaci za zwrot z Polski?"])
G(False, R, "returns", must=["Return an item"],
  en=["how do I start a return?", "how do i return something, step by step please"],
  nl=["hoe meld ik een retour aan?"],
  de=["Wie melde ich eine Rücksendung an?"])
G(False, R, "returns", must=["remake"], mx=["30"],
  en=["what happens if the lenses aren't made to my prescription? asking in general",
      "if my new glasses turn out to be the wrong strength, what's the policy?"],
  nl=["wat als de glazen niet volgens mijn recept gemaakt zijn? gewoon een algemene vraag"],
  de=["Was passiert, wenn die Gläser nicht meiner Verordnung entsprechen?"])
G(False, R, "refunds", must=["5 working days"], mx=["5"],
  en=["how long does a refund take?", "when do I get my money back after a return?",
      "how long before a refund shows up after you receive my return"],
  nl=["hoe snel krijg ik mijn geld terug na een retour?", "hoe lang duurt terugbetalen?"],
  de=["Wie lange dauert die Rückerstattung?", "wann bekomme ich mein geld zurück nach der retoure"],
  fr=["combien de temps pour être remboursé ?"],
  es=["¿cuánto tarda el reembolso?"],
  pt=["quanto tempo demora o reembolso?"],
  it=["quanto tempo ci vuole per il rimborso?"],
  pl=["ile trwa zwrot pieniędzy?"],
  sv=["hur lång tid tar en återbetalning?"])
G(False, R, "refunds", must=["Klarna app"],
  en=["I paid with Klarna and returned something, do I still need to pay the invoice?"],
  nl=["ik heb met klarna betaald en iets teruggestuurd, moet ik de factuur nog betalen?"],
  de=["Ich habe mit Klarna bezahlt und was zurückgeschickt – muss ich die Rechnung trotzdem zahlen?"])
G(False, R, "refunds", must=["14 days"], mx=["14"],
  en=["do you refund the shipping cost when I return?", "is the original postage refunded too?"],
  nl=["krijg ik de verzendkosten ook terug?"],
  de=["Bekomme ich die Versandkosten zurück?"],
  fr=["les frais de port sont-ils remboursés ?"])
G(False, R, "refunds", must=["gift card"],
  en=["I paid with a gift card, how is a refund done?"],
  nl=["ik betaalde met een cadeaukaart, hoe krijg ik mijn geld terug bij retour?"])
G(False, R, "refunds", must=["10 working days"], mx=["10"],
  en=["got the 'your refund is on its way' email 2 days ago, nothing in my bank yet. normal?",
      "how long after the refund email should the money arrive?"],
  nl=["ik kreeg gisteren de mail dat mijn terugbetaling onderweg is, maar zie nog niks"],
  de=["Die Mail 'Your refund is on its way' kam vorgestern, Geld ist noch nicht da. Normal?"])
G(False, R, "refunds", must=["working days"], mx=["3", "5"],
  en=["if an order gets cancelled how long until i'm refunded?"],
  fr=["si une commande est annulée, le remboursement prend combien de temps ?"],
  it=["se annullo un ordine in quanto tempo vengo rimborsato?"])

# ---------------------------------------------------------------------------
# 5. Cancelling or changing an order: policy questions (escalate false)
# ---------------------------------------------------------------------------
OC = "order-changes"
G(False, "order_status", OC, must=["pending", "paid"],
  en=["how do I cancel an order? not now, just want to know how it works",
      "what's the cancellation policy for orders?",
      "can you cancel an order after paying?",
      "is it possible to change the address of an order before it ships?"],
  nl=["hoe kan ik een bestelling annuleren? vraag het voor later"],
  de=["Bis wann kann man eine Bestellung stornieren?"],
  fr=["jusqu'à quand peut-on annuler une commande ?"],
  es=["¿hasta cuándo se puede cancelar un pedido?"],
  pt=["até quando posso cancelar uma encomenda?"],
  it=["fino a quando si può annullare un ordine?"],
  pl=["do kiedy można anulować zamówienie?"])
G(False, "order_status", OC, must=["production"],
  en=["can I still cancel prescription glasses once the lenses are being made?",
      "what if I want to cancel after you started making the lenses?",
      "can i change my lens option after ordering? e.g. add the blue filter"],
  nl=["kan ik nog annuleren als de glazen al in productie zijn?"],
  de=["Kann ich noch stornieren, wenn die Gläser schon gefertigt werden?"],
  fr=["peut-on annuler quand les verres sont déjà en fabrication ?"])
G(False, "order_status", OC, must=["PostNL app"],
  en=["order already shipped, can the address still be changed?", "can you redirect a parcel that's already on its way?"],
  nl=["mijn bestelling is al verzonden, kan ik het adres nog wijzigen?"])
G(False, "order_status", OC, must=["1 working day"], mx=["1"],
  en=["how much time do I have to change my prescription values after ordering?"],
  de=["Wie viel Zeit habe ich, um nach der Bestellung meine Werte zu ändern?"])
# ---------------------------------------------------------------------------
# 6. Payment, invoices for insurers, gift cards (escalate false)
# ---------------------------------------------------------------------------
PAY = "payment"
G(False, PAY, "payment", must=["PayPal", "iDEAL"],
  en=["what payment methods do you take?", "can I pay with paypal?", "do you accept amex?"],
  nl=["kan ik met ideal betalen?", "welke betaalmethodes hebben jullie"],
  de=["Welche Zahlungsarten gibt es?", "Kann ich mit PayPal zahlen?"],
  fr=["quels moyens de paiement acceptez-vous ?"],
  es=["¿qué formas de pago aceptáis?"],
  pt=["que métodos de pagamento aceitam? dá para MB Way?"],
  it=["quali metodi di pagamento accettate?"],
  pl=["jakie są metody płatności? blik?"],
  sv=["vilka betalsätt har ni? swish?"])
G(False, PAY, "payment", must=["Klarna"],
  en=["can I pay later?", "do you offer pay in 30 days?"],
  nl=["kan ik achteraf betalen?"],
  de=["Kann ich auf Rechnung kaufen?", "Geht Kauf auf Rechnung mit Klarna?"],
  fr=["je peux payer en plusieurs fois ?"])
G(False, PAY, "payment", must=["Bancontact"],
  fr=["je suis en Belgique, je peux payer avec Bancontact ?"],
  nl=["kan ik met bancontact betalen vanuit gent?"],
  en=["Belgian here – bancontact ok?"])
G(False, PAY, "payment",
  en=["when do you charge my card for prescription glasses? when ordering or when they ship?",
      "do I pay now or when the glasses are ready?"],
  nl=["wanneer wordt er afgeschreven, bij bestellen of bij verzending?"],
  de=["Wann wird meine Karte belastet?"])
G(False, PAY, "payment", must=["in the store"],
  en=["do i pay for the eye test online or in the shop?"],
  nl=["betaal ik de oogmeting vooraf of in de winkel?"])
G(False, PAY, "payment", must=["reservation"], mx=["5", "7"],
  en=["my payment failed and i tried again, now i see two amounts pending on my card?",
      "two pending charges after a failed ideal attempt - am i charged twice?"],
  nl=["betaling mislukte, opnieuw geprobeerd en nu zie ik twee reserveringen op mijn creditcard"],
  de=["Zahlung schlug fehl, nochmal versucht, jetzt zwei vorgemerkte Beträge auf der Kreditkarte?"],
  fr=["paiement refusé puis accepté, je vois deux montants en attente sur ma carte, c'est normal ?"],
  it=["il pagamento non è andato, ho riprovato e ora vedo due importi in sospeso"])
G(False, PAY, "payment", must=["21%"], mx=["21"],
  en=["are your prices incl vat?", "is VAT included in the frame price?"],
  de=["Sind die Preise inkl. MwSt.?"],
  nl=["zijn de prijzen inclusief btw?"])
G(False, PAY, "payment", must=["VAT number"],
  en=["can I get an invoice with my company name and VAT number?"],
  nl=["kan ik een factuur op bedrijfsnaam krijgen met btw-nummer?"],
  de=["Ich brauche eine Rechnung mit USt-IdNr. meiner Firma, geht das?"])
INS = "insurance-invoices"
G(False, PAY, INS, must=["Invoice (PDF)"],
  en=["where can i download my invoice for the insurance?", "I need the receipt for my health insurer, where is it?",
      "how do I claim my glasses from insurance? need an invoice"],
  nl=["waar vind ik de factuur voor mijn zorgverzekering?", "hoe kan ik mijn bril declareren bij de zorgverzekeraar?",
      "nota nodig voor de verzekering, waar download ik die"],
  de=["Wo finde ich die Rechnung für meine Krankenversicherung?"],
  fr=["où trouver la facture pour ma mutuelle ?", "il me faut une facture pour la mutuelle, comment faire ?"],
  es=["¿dónde descargo la factura para el seguro médico?"],
  pt=["onde posso descarregar a fatura para o seguro de saúde?"],
  it=["dove scarico la fattura per l'assicurazione sanitaria?"],
  pl=["gdzie znajdę fakturę dla ubezpieczyciela?"])
G(False, PAY, INS, mx=["90045812"],
  en=["my insurer asks for your AGB code, what is it?"],
  nl=["wat is jullie AGB-code? mijn verzekeraar vraagt erom", "agb code van helder optiek?"])
G(False, PAY, INS, must=["policy"],
  en=["how much will my insurance pay for glasses?", "does my insurance cover the varifocals?"],
  nl=["hoeveel vergoedt mijn zorgverzekering van een bril?", "wordt een bril vergoed door de verzekering?"],
  de=["Zahlt meine Krankenkasse die Brille?"])
G(False, PAY, INS, must=["invoice"],
  en=["can you bill my insurer directly?", "do you send the invoice straight to my insurance company?"],
  nl=["kunnen jullie direct declareren bij mijn verzekeraar?"],
  de=["Könnt ihr direkt mit der Krankenkasse abrechnen?"],
  fr=["vous facturez directement la mutuelle ?"])
G(False, PAY, INS, must=["separately"],
  en=["does the invoice show the frame and the lenses separately? my insurer only pays for lenses"],
  nl=["staan montuur en glazen apart op de factuur?"])
G(False, PAY, INS, must=["annual overview"],
  en=["can I get one invoice for a whole year of lensplan deliveries?"],
  nl=["kan ik een jaaroverzicht krijgen van mijn lenzenabonnement voor de verzekering?"])
GC = "gift-cards"
G(False, PAY, GC, must=["2 years"], mx=["2"],
  en=["how long is a gift card valid?", "gift card from my birthday last year, still good?"],
  nl=["hoe lang is een cadeaukaart geldig?"],
  de=["Wie lange ist ein Gutschein gültig?"],
  fr=["la carte cadeau est valable combien de temps ?"],
  es=["¿cuánto tiempo es válida la tarjeta regalo?"],
  pl=["jak długo ważna jest karta podarunkowa?"])
G(False, PAY, GC, must=["LensPlan"],
  en=["can I use a gift card for my lens subscription?"],
  nl=["kan ik mijn cadeaukaart gebruiken voor mijn lensplan abonnement?"],
  de=["Kann ich mit einem Gutschein mein Linsen-Abo bezahlen?"])
G(False, PAY, GC, must=["eye tests"],
  en=["can i pay an eye test with a gift card?"],
  nl=["kan ik een oogmeting betalen met een cadeaubon?"])
G(False, PAY, GC, mx=["10", "500"],
  en=["what amounts do gift cards come in?", "can I buy a gift card of 75 euro?"],
  nl=["welke bedragen zijn er voor cadeaukaarten?"],
  it=["di che importo sono le carte regalo?"])
G(False, PAY, GC, must=["Gift card balance"],
  en=["how do I check my gift card balance?"],
  nl=["hoe check ik het saldo van mijn cadeaukaart?"],
  de=["Wie sehe ich das Restguthaben meines Gutscheins?"])
G(False, PAY, GC, must=["proof of purchase"],
  en=["lost the email with my gift card code, what now?"],
  nl=["ik ben de code van mijn cadeaukaart kwijt"])
G(False, PAY, GC, mx=["2"],
  en=["can i use two gift cards on one order?", "I have 3 gift cards, can I use them all at once?"])
# ---------------------------------------------------------------------------
# 7. Account, privacy, LensPlan management (escalate false)
# ---------------------------------------------------------------------------
AC = "account"
G(False, AC, "account", must=["Forgot password", "60 minutes"], mx=["60"],
  en=["forgot my password", "how do i reset my password?", "cant log in, forgot pw lol"],
  nl=["wachtwoord vergeten, hoe reset ik het?", "ik kan niet inloggen, ben mijn wachtwoord kwijt"],
  de=["Passwort vergessen, was nun?"],
  fr=["j'ai oublié mon mot de passe"],
  es=["he olvidado mi contraseña"],
  pt=["esqueci-me da palavra-passe"],
  it=["ho dimenticato la password"],
  pl=["zapomniałam hasła"])
G(False, AC, "account", must=["spam"],
  en=["the reset email never came", "i asked for a new password but no email"],
  nl=["ik krijg geen mail om mijn wachtwoord te resetten"])
G(False, AC, "account", must=["30 minutes"], mx=["30"],
  en=["account says locked after too many tries??", "my account got locked, how long does it stay locked?"],
  de=["Mein Konto ist gesperrt nach zu vielen Versuchen"],
  nl=["mijn account is geblokkeerd na een paar keer verkeerd wachtwoord"])
G(False, AC, "account", must=["Account > Details"],
  en=["how do i change my email address?", "how can I update my address in my account?"],
  nl=["hoe wijzig ik mijn e-mailadres?"],
  de=["Wie ändere ich meine Adresse im Kundenkonto?"],
  fr=["comment changer mon adresse e-mail ?"],
  pl=["jak zmienić adres e-mail w koncie?"])
G(False, AC, "account", must=["same e-mail address"],
  en=["I ordered as a guest, can I still see my order in an account?"],
  nl=["ik heb als gast besteld, kan ik dat later aan een account koppelen?"],
  de=["Ich habe als Gast bestellt – kann ich die Bestellung später im Konto sehen?"])
G(False, AC, "account", must=["Account > Prescriptions"],
  en=["where can i see my saved prescriptions?", "how do i delete an old prescription from my account?"],
  nl=["waar staan mijn opgeslagen recepten?"])
G(False, AC, "account", must=["unsubscribe"],
  en=["how do I stop the newsletter?", "too many emails, how do i unsubscribe"],
  nl=["hoe meld ik me af voor de nieuwsbrief?"],
  de=["Wie melde ich mich vom Newsletter ab?"])
PR = "privacy"
G(False, AC, PR, must=["Delete my account", "30 days"], mx=["30"],
  en=["how do i delete my account?", "I want to know how to remove my account and data, I'll do it myself"],
  nl=["hoe verwijder ik mijn account?"],
  de=["Wie kann ich mein Konto löschen?"],
  fr=["comment supprimer mon compte ?"],
  es=["¿cómo borro mi cuenta?"],
  pt=["como apago a minha conta?"],
  it=["come cancello il mio account?"],
  pl=["jak usunąć konto?"],
  da=["hvordan sletter jeg min konto?"])
G(False, AC, PR, must=["20 years"], mx=["20"],
  en=["how long do you keep my eye test results?", "will my eye exam data be deleted when I delete my account?"],
  nl=["hoe lang bewaren jullie de gegevens van mijn oogmeting?"],
  de=["Wie lange speichert ihr meine Sehtest-Daten?"])
G(False, AC, PR, must=["lab"],
  en=["who do you share my prescription with?", "do you sell my health data?"],
  nl=["delen jullie mijn brilrecept met anderen?"],
  de=["Gebt ihr meine Gesundheitsdaten weiter?"],
  fr=["vous partagez mes données de santé ?"])
G(False, AC, PR, must=["Download my data"],
  en=["can I get a copy of all data you have on me? GDPR"],
  nl=["kan ik een kopie van mijn gegevens krijgen (AVG)?"],
  de=["Auskunft nach DSGVO – wie bekomme ich meine Daten?"])
G(False, AC, PR, mx=["privacy@helderoptiek.nl"],
  en=["email address for privacy questions?"],
  nl=["wat is het mailadres voor privacyvragen?"],
  fr=["adresse mail pour une demande RGPD ?"])
LP = "contact-lens-subscriptions"
G(False, AC, LP, must=["Skip", "3 working days"], mx=["3"],
  en=["how do i skip a lens delivery?", "can I skip next month's lensplan box?", "skip one delivery how"],
  nl=["hoe sla ik een levering van mijn lensplan over?"],
  de=["Wie kann ich eine Lieferung im Linsen-Abo überspringen?"],
  fr=["comment sauter une livraison de mon abonnement lentilles ?"],
  es=["¿cómo me salto un envío de la suscripción?"],
  pt=["como salto uma entrega da assinatura?"],
  it=["come salto una consegna dell'abbonamento?"])
G(False, AC, LP, must=["6 months"], mx=["6"],
  en=["can i pause my subscription? going travelling", "how long can I pause LensPlan?"],
  nl=["kan ik mijn lenzenabonnement pauzeren? ik ga een half jaar op reis"],
  de=["Kann ich mein Abo pausieren?"],
  pl=["czy mogę wstrzymać subskrypcję soczewek?"],
  sv=["kan jag pausa min linsprenumeration?"])
G(False, AC, LP, must=["Cancel subscription"],
  en=["how do I cancel my lens subscription? I'll do it myself, no need for an agent",
      "how to cancel lensplan", "is there a minimum term, and how do you cancel it?",
      "question, not a request: what's the cancel process for the subscription?"],
  nl=["hoe zeg ik mijn lensplan op?", "hoe kan ik het lenzenabonnement opzeggen? doe het zelf wel"],
  de=["Wie kündige ich das Linsen-Abo?", "kündigungsfrist für lensplan?"],
  fr=["comment résilier l'abonnement lentilles ?"],
  es=["¿cómo cancelo la suscripción de lentillas?"],
  pt=["como cancelo a assinatura de lentes?"],
  it=["come disdico l'abbonamento alle lenti?"],
  pl=["jak zrezygnować z subskrypcji soczewek?"],
  da=["hvordan opsiger jeg mit linseabonnement?"])
G(False, AC, LP, must=["still sent"],
  en=["what happens if i cancel lensplan 1 day before the delivery?"],
  nl=["wat als ik een dag voor de levering opzeg?"])
G(False, AC, LP, must=["10%"], mx=["10"],
  en=["what discount do I get with a subscription?", "is lensplan cheaper than buying separately?"],
  nl=["hoeveel korting krijg je met lensplan?"],
  de=["Wie viel Rabatt gibt es im Abo?"],
  fr=["l'abonnement lentilles c'est combien de réduction ?"])
G(False, AC, LP, must=["paused automatically"],
  en=["my lensplan says paused but i didn't pause it", "why did my subscription stop? got an email about my prescription"],
  nl=["mijn abonnement staat op gepauzeerd terwijl ik niks gedaan heb"])
G(False, AC, LP, must=["Payment method"],
  en=["got a new credit card, how do I update it for my subscription?"],
  nl=["nieuwe creditcard, hoe pas ik die aan in mijn abonnement?"])

# ---------------------------------------------------------------------------
# 8. Contact details and hours: answered, never a hand-over (escalate false)
# ---------------------------------------------------------------------------
CT = "contact"
G(False, "other", CT, mx=["714 2280"],
  en=["what's your customer service phone number?", "phone number pls", "can I call you? what number",
      "number to call an agent?", "i don't need a person right now, just give me your phone number",
      "what number do i call to talk to a human? not now, for tomorrow"],
  nl=["wat is jullie telefoonnummer?", "telefoonnummer klantenservice?", "op welk nummer kan ik bellen?"],
  de=["Wie ist eure Telefonnummer?", "Telefonnummer vom Kundenservice bitte"],
  fr=["quel est votre numéro de téléphone ?"],
  es=["¿cuál es vuestro número de teléfono?"],
  pt=["qual é o vosso número de telefone?"],
  it=["qual è il vostro numero di telefono?"],
  pl=["jaki jest numer telefonu do obsługi klienta?"],
  tr=["müşteri hizmetleri telefon numarası nedir?"])
G(False, "other", CT, mx=["service@helderoptiek.nl"],
  en=["what's your email address?", "email for customer service?", "i prefer email to chat, which address?"],
  nl=["wat is jullie mailadres?"],
  de=["E-Mail-Adresse vom Support?"],
  fr=["quelle est votre adresse e-mail ?"],
  es=["¿me dais un correo electrónico de contacto?"],
  pt=["qual é o email de apoio ao cliente?"],
  it=["indirizzo email dell'assistenza?"],
  pl=["jaki macie adres e-mail?"],
  cs=["jaký máte e-mail na zákaznický servis?"])
G(False, "other", CT, mx=["6 4180 2290"],
  en=["do you have whatsapp?"],
  nl=["hebben jullie whatsapp?", "whatsapp nummer?"],
  pt=["têm whatsapp?"])
G(False, "other", CT, must=["09:00", "18:00"],
  en=["when is the chat staffed by real people?", "what time do your agents start in the morning?",
      "what are the opening hours of customer service?", "until when can i chat with a person today? no need now",
      "when are humans available on the chat?"],
  nl=["hoe laat zijn jullie medewerkers online in de chat?", "openingstijden klantenservice?"],
  de=["Wann sind eure Mitarbeiter im Chat erreichbar?", "Servicezeiten?"],
  fr=["à quelle heure le service client est-il joignable ?"],
  es=["¿en qué horario atiende el servicio al cliente?"],
  pt=["qual é o horário do apoio ao cliente?"],
  it=["che orari ha il servizio clienti?"],
  pl=["w jakich godzinach działa obsługa klienta?"],
  sv=["när har kundtjänsten öppet?"],
  da=["hvornår har kundeservice åbent?"])
G(False, "other", CT, must=["17:30"],
  en=["until what time can i call you on weekdays?", "is the phone line open on saturday?"],
  nl=["tot hoe laat kan ik bellen?"],
  de=["Bis wann kann man anrufen?"])
G(False, "other", CT, must=["Monday", "closed"],
  en=["are you open on mondays?", "is the store open monday?"],
  nl=["zijn jullie maandag open?", "winkel open op maandag?"],
  de=["Habt ihr montags geöffnet?"])
G(False, "other", CT, must=["21:00"],
  en=["late opening in the store?", "what time does the shop close on thursday?"],
  nl=["koopavond? tot hoe laat op donderdag?"],
  pt=["a loja fecha a que horas à quinta-feira?"])
G(False, "other", CT, must=["12:00", "17:00"],
  en=["is the store open on sunday?"],
  nl=["zijn jullie zondag open?"],
  de=["Hat der Laden sonntags offen?"],
  pl=["czy sklep jest otwarty w niedzielę?"])
G(False, "other", CT, must=["Witte de Withstraat 58"],
  en=["where is your store?", "what's the address of the shop in Rotterdam?", "how do I get to your store by metro?"],
  nl=["waar zit de winkel?", "adres van de winkel?"],
  de=["Wo ist euer Geschäft in Rotterdam?"],
  fr=["quelle est l'adresse du magasin ?"],
  es=["¿dónde está la tienda?"],
  pt=["qual é a morada da loja em Roterdão?"],
  it=["dove si trova il negozio?"])
G(False, "other", CT, must=["27 April"],
  en=["are you open on king's day?"],
  nl=["zijn jullie open op koningsdag?"])
G(False, "other", CT, must=["Portuguese"],
  en=["does anyone on your team speak portuguese?"],
  pt=["alguém da vossa equipa fala português?", "posso falar português com a vossa equipa?"],
  de=["Spricht euer Team Deutsch?"])
G(False, "other", CT, mx=["pers@helderoptiek.nl"],
  en=["email address for press enquiries?"],
  nl=["wat is het mailadres voor de pers?"])
G(False, "other", CT, must=["1 working day"], mx=["1"],
  en=["how fast do you reply to emails?"],
  nl=["hoe snel reageren jullie op een mail?"],
  de=["Wie schnell antwortet ihr auf E-Mails?"])
G(False, "other", CT, must=["next working day"],
  en=["it's sunday night, if I leave a message in the chat when will someone reply?"],
  nl=["als ik nu 's avonds een bericht achterlaat, wanneer krijg ik antwoord?"])
# ---------------------------------------------------------------------------
# 9. Products and services (escalate false)
# ---------------------------------------------------------------------------
PI = "product_info"
RX = "prescriptions"
G(False, PI, RX, must=["Add prescription"],
  en=["how do i upload my prescription?", "where do I put my prescription when ordering?",
      "can I send a photo of my prescription?"],
  nl=["hoe upload ik mijn recept?", "kan ik een foto van mijn brilrecept sturen?"],
  de=["Wie lade ich meinen Brillenpass hoch?", "Kann ich ein Foto vom Rezept hochladen?"],
  fr=["comment envoyer mon ordonnance ?"],
  es=["¿cómo subo mi receta?"],
  pt=["como envio a minha receita?"],
  it=["come carico la ricetta dell'oculista?"],
  pl=["jak przesłać receptę na okulary?"])
G(False, PI, RX, must=["Account > Prescriptions"],
  en=["I already ordered but forgot to add the prescription, what now?"],
  nl=["ik heb besteld maar mijn recept vergeten toe te voegen"],
  de=["Bestellung abgeschickt, aber Rezept vergessen – was tun?"])
G(False, PI, RX, must=["10 MB"], mx=["10"],
  en=["what file types can I upload for my prescription? my pdf is 12 MB"],
  nl=["mijn pdf van het recept is te groot, wat is de limiet?"])
G(False, PI, RX, must=["2 years"], mx=["2"],
  en=["how old can my prescription be?", "my prescription is from march 2023, can i still use it?",
      "is a 2 year old prescription ok for glasses?"],
  nl=["hoe oud mag mijn brilrecept zijn?", "mijn recept is van 14-02-2024, nog geldig?"],
  de=["Wie alt darf mein Brillenpass sein?", "Mein Rezept ist vom 03.05.2023 – geht das noch?"],
  fr=["mon ordonnance date de 2023, elle est encore valable ?"],
  es=["¿cuánto tiempo es válida una receta de gafas?"],
  pt=["a minha receita tem 18 meses, ainda serve?"],
  it=["quanto tempo vale la prescrizione per occhiali?"],
  pl=["jak stara może być recepta na okulary?"],
  sv=["hur gammalt får mitt glasögonrecept vara?"])
G(False, PI, RX, must=["1 year"], mx=["1"],
  en=["my son is 12, his prescription is 14 months old, ok?"],
  nl=["recept van mijn dochter (9) is anderhalf jaar oud, kan dat nog?"])
G(False, PI, RX, must=["not enough"],
  en=["can I use my glasses prescription to order contact lenses?", "do i need a separate prescription for contacts?"],
  nl=["kan ik lenzen bestellen met mijn brilrecept?"],
  de=["Reicht mein Brillenpass für Kontaktlinsen?"],
  fr=["mon ordonnance de lunettes suffit pour commander des lentilles ?"],
  it=["posso ordinare lenti a contatto con la ricetta degli occhiali?"])
G(False, PI, RX, must=["-10.00"],
  en=["can you make -11.00 online?", "my sph is -10.75, can i order online?"],
  nl=["kunnen jullie -11 online maken?"],
  de=["Macht ihr online auch -12 dpt?"])
G(False, PI, RX, must=["-4.00"],
  en=["I have cyl -4.50 axis 170, can i order on the website?"],
  pl=["mam cylinder -4.75, czy mogę zamówić online?"])
G(False, PI, RX, must=["store"],
  en=["my prescription has prism, can i order online?", "i need 2 prism dioptres base out, possible?"],
  de=["Ich habe Prismen in der Verordnung, kann ich online bestellen?"])
G(False, PI, RX, must=["ruler"],
  en=["no PD on my prescription, what do I do?", "how do i measure my pd at home?", "pd 63 or 64, no idea. how do I find out"],
  nl=["mijn pupilafstand staat niet op mijn recept"],
  de=["Pupillendistanz fehlt auf dem Rezept, was nun?"],
  fr=["mon écart pupillaire n'est pas sur l'ordonnance"],
  es=["no tengo la distancia pupilar, ¿qué hago?"])
G(False, PI, RX, must=["optician"],
  en=["can I measure my own PD for varifocals?"],
  nl=["kan ik zelf mijn pd meten voor een multifocale bril?"])
G(False, PI, RX, must=["SPH", "CYL"],
  en=["what do SPH and CYL mean on my prescription?", "my prescription says -2.25 / -0.75 x 90, what does that mean?"],
  nl=["wat betekent SPH en CYL op mijn recept?"],
  de=["Was bedeutet SPH und CYL?"])
G(False, PI, RX, must=["1 working day"], mx=["1"],
  en=["do you check my prescription before making the glasses?"],
  nl=["controleren jullie het recept voordat de glazen gemaakt worden?"])
LC = "lenses-coatings"
G(False, PI, LC, must=["39"], mx=["39"],
  en=["how much extra for 1.6 lenses?", "price of thin lenses?", "i'm -4.25, which lens do i need and what does it cost?"],
  nl=["wat kosten dunnere glazen?", "meerprijs 1.6 glazen?"],
  de=["Was kosten dünnere Gläser mit Index 1.6?"],
  fr=["combien coûtent les verres amincis 1.6 ?"],
  es=["¿cuánto cuestan las lentes finas 1.6?"],
  pt=["quanto custam as lentes finas 1.6?"],
  it=["quanto costano le lenti assottigliate 1.6?"],
  pl=["ile kosztują cieńsze soczewki 1.6?"])
G(False, PI, LC, must=["1.67", "79"], mx=["79"],
  en=["I'm -6.50 in both eyes, which lens index do you recommend?", "sph -7.25, what's the right index"],
  nl=["ik heb -6.75, welke glazen raden jullie aan?"],
  de=["Bei -7,00 dpt, welcher Index?"])
G(False, PI, LC, must=["129"], mx=["129"],
  en=["I need 1.74 index, sph -9.50, how much?"],
  nl=["wat kost 1.74? ik heb -9"])
G(False, PI, LC, must=["included", "1.5"],
  en=["are lenses included with the frame?", "I'm only -1.25, do I need to pay extra for lenses?",
      "prescription is -2.25 both eyes, is the standard lens ok?"],
  nl=["zitten de glazen bij de prijs van het montuur?"],
  de=["Sind Gläser im Preis der Fassung enthalten?"],
  fr=["les verres sont inclus dans le prix de la monture ?"],
  es=["¿los cristales están incluidos en el precio de la montura?"],
  it=["le lenti sono incluse nel prezzo della montatura?"],
  pl=["czy soczewki są wliczone w cenę oprawek?"])
G(False, PI, LC, must=["29"], mx=["29"],
  en=["how much is the blue light filter?", "is the blue filter really €29 extra?", "does blue light coating help with headaches? price?"],
  nl=["wat kost een blauwfilter?"],
  de=["Was kostet der Blaulichtfilter?"],
  fr=["prix du filtre lumière bleue ?"],
  es=["¿cuánto cuesta el filtro de luz azul?"],
  pt=["quanto custa o filtro de luz azul?"],
  it=["quanto costa il filtro luce blu?"])
G(False, PI, LC, must=["69", "windscreen"], mx=["69"],
  en=["do photochromic lenses work in the car?", "price of lenses that go dark in the sun?"],
  nl=["werken meekleurende glazen ook in de auto?"],
  de=["Funktionieren selbsttönende Gläser im Auto?"])
G(False, PI, LC, must=["149", "249"], mx=["149", "249"],
  en=["how much are varifocals?", "difference between varifocal comfort and premium?"],
  nl=["wat kost een multifocale bril?", "verschil comfort en premium multifocaal?"],
  de=["Was kosten Gleitsichtgläser?"],
  fr=["prix des verres progressifs ?"],
  es=["¿cuánto valen las lentes progresivas?"],
  pt=["quanto custam as lentes progressivas?"],
  it=["quanto costano le lenti progressive?"],
  pl=["ile kosztują soczewki progresywne?"])
G(False, PI, LC, must=["188"], product="LN-VF-C16",
  en=["total price for varifocal comfort in 1.6 index?"])
G(False, PI, LC, must=["99"], mx=["99"],
  en=["do you have computer glasses for the office?", "lenses for reading and screen only, price?"],
  nl=["hebben jullie beeldschermglazen?"],
  de=["Habt ihr Arbeitsplatzbrillen?"])
G(False, PI, LC, must=["25", "59"], mx=["25", "59"],
  en=["can I get my glasses as prescription sunglasses? what's the price for tint vs polarised?"],
  nl=["kan ik een zonnebril op sterkte krijgen, wat kost dat?"],
  de=["Was kostet eine Sonnenbrille mit Stärke, getönt oder polarisiert?"])
CLN = "contact-lenses"
G(False, PI, CLN, must=["15 days"], mx=["15"],
  en=["how long does a 30 pack of daily lenses last?", "30-pack daily lenses, is that for both eyes?"],
  nl=["hoe lang doe ik met een 30-pack daglenzen?"],
  de=["Wie lange reicht eine 30er-Packung Tageslinsen?"],
  fr=["une boîte de 30 lentilles journalières dure combien de temps ?"],
  es=["¿para cuánto tiempo da una caja de 30 lentillas diarias?"],
  pt=["uma caixa de 30 lentes diárias dá para quanto tempo?"],
  it=["quanto dura una confezione da 30 lenti giornaliere?"],
  pl=["na jak długo wystarczy opakowanie 30 soczewek jednodniowych?"])
G(False, PI, CLN, must=["fitting", "45"], mx=["45"],
  en=["never worn contacts before, can i just order some?", "first time contact lenses, what do i need?"],
  nl=["ik heb nog nooit lenzen gedragen, kan ik gewoon bestellen?"],
  de=["Ich habe noch nie Kontaktlinsen getragen, wie fange ich an?"],
  fr=["première fois avec des lentilles, je dois faire quoi ?"],
  pl=["pierwszy raz chcę nosić soczewki, co muszę zrobić?"])
G(False, PI, CLN, must=["BC"],
  en=["which values do I need to order lenses? my box says 8.6 / 14.2 / -2.25", "what does BC and DIA mean?"],
  nl=["wat moet ik invullen bij BC en DIA?"],
  de=["Was bedeutet BC und DIA auf der Linsenpackung?"])
G(False, PI, CLN, must=["tap water"],
  en=["can i rinse my lens case with tap water?", "is it ok to shower with contacts?"],
  nl=["mag ik mijn lenzendoosje met kraanwater spoelen?"])
G(False, PI, CLN, must=["Do not sleep"],
  en=["can I sleep in the daily lenses?"],
  nl=["kan ik met mijn daglenzen slapen?"],
  de=["Darf ich mit den Tageslinsen schlafen?"])
FS = "frame-sizes"
G(False, PI, FS, must=["bridge", "temple"],
  en=["what does 52-18-140 mean?", "what do the numbers in Frame Aria 52-18 mean?",
      "my old frame says 54□17 145 on the inside, what's that?"],
  nl=["wat betekent 52-18-140 op mijn bril?"],
  de=["Was bedeuten die Zahlen 52-18-140?"],
  fr=["que veulent dire les chiffres 52-18-140 ?"],
  es=["¿qué significa 52-18-140 en la patilla?"],
  pt=["o que significam os números 52-18-140?"],
  it=["cosa significa 52-18-140 sulla stanghetta?"],
  pl=["co oznacza 52-18-140 na oprawce?"])
G(False, PI, FS, must=["2 mm"],
  en=["my current glasses are 53-18, will the Aria 52-18 fit?", "is 1 mm difference in lens width a problem?"],
  nl=["mijn huidige bril is 51-19, past de Dara 53-17?"])
G(False, PI, FS, must=["55"],
  en=["i have a wide face, what lens width should i pick?"],
  de=["Ich habe ein breites Gesicht, welche Glasbreite?"])
HT = "home-try-on"
G(False, PI, HT, must=["4 frames", "7 days"], mx=["4", "7"],
  en=["can I try frames at home?", "home try on - how does it work?"],
  nl=["kan ik monturen thuis passen?", "hoe werkt thuis passen?"],
  fr=["on peut essayer les montures à la maison en Belgique ?"],
  de=["Kann ich Brillen zu Hause anprobieren?"])
G(False, PI, HT, must=["€1"],
  en=["why is there a 1 euro charge on my card for home try-on?"],
  nl=["waarom staat er 1 euro gereserveerd op mijn kaart voor thuis passen?"])
SUN = "sunglasses"
G(False, PI, SUN, must=["UV400"],
  en=["do your sunglasses have uv protection?", "are the kids sunglasses 100% UV?"],
  nl=["hebben jullie zonnebrillen uv-bescherming?"],
  de=["Haben die Sonnenbrillen UV-Schutz?"],
  fr=["vos lunettes de soleil protègent des UV ?"],
  es=["¿las gafas de sol tienen protección UV?"],
  it=["gli occhiali da sole hanno protezione UV?"])
G(False, PI, SUN, must=["category 4"], product="SG-GLET-5516",
  en=["is the Gletsjer 55-16 ok for driving?"])
G(False, PI, SUN, must=["not allowed"],
  en=["can I drive with category 4 sunglasses?"],
  de=["Darf ich mit Kategorie 4 Auto fahren?"],
  fr=["peut-on conduire avec des lunettes catégorie 4 ?"],
  nl=["mag je autorijden met categorie 4?"])
G(False, PI, SUN, must=["glare"],
  en=["what's the point of polarised lenses?"],
  nl=["wat doet gepolariseerd precies?"],
  de=["Was bringt polarisiert?"])
ET = "oogmeting-afspraak"
G(False, PI, ET, must=["25", "30 minutes"], mx=["25"],
  en=["how much is an eye test?", "do you do eye exams? price?", "eye test cost and how long does it take"],
  nl=["wat kost een oogmeting?", "doen jullie oogmetingen? wat kost dat"],
  de=["Was kostet ein Sehtest?"],
  fr=["combien coûte un examen de vue ?"],
  es=["¿cuánto cuesta una revisión de la vista?"],
  pt=["quanto custa um exame à vista?"],
  it=["quanto costa un esame della vista?"],
  pl=["ile kosztuje badanie wzroku?"],
  tr=["göz muayenesi ücreti ne kadar?"])
G(False, PI, ET, must=["deducted"],
  en=["is the eye test free if I buy glasses?", "do I get the 25 euro back if I buy glasses after the test?"],
  nl=["is de oogmeting gratis als ik een bril koop?"],
  de=["Ist der Sehtest kostenlos, wenn ich eine Brille kaufe?"])
G(False, PI, ET, must=["Book an eye test"],
  en=["how do i book an eye test?", "I want to book an eye test for saturday", "can i make an appointment online?"],
  nl=["hoe maak ik een afspraak voor een oogmeting?", "ik wil een afspraak maken voor zaterdag"],
  de=["Wie buche ich einen Termin für einen Sehtest?"],
  fr=["comment prendre rendez-vous pour un examen de vue ?"],
  pt=["como marco um exame à vista?"],
  pl=["jak umówić się na badanie wzroku?"])
G(False, PI, ET, must=["24 hours", "15"], mx=["24", "15"],
  en=["what if I need to cancel my eye test appointment? is there a fee?",
      "cancellation policy for appointments?", "what happens if I miss my appointment?"],
  nl=["kan ik mijn afspraak kosteloos annuleren?", "wat als ik niet kom opdagen bij de oogmeting?"],
  de=["Kann man einen Termin kostenlos absagen?"],
  fr=["on peut annuler un rendez-vous sans frais ?"])
G(False, PI, ET, must=["45"], mx=["45"],
  en=["how much is a contact lens fitting?"],
  nl=["wat kost een lensaanpassing?"],
  de=["Was kostet eine Kontaktlinsenanpassung?"],
  it=["quanto costa l'applicazione delle lenti a contatto?"])
G(False, PI, ET, mx=["6"],
  en=["can my 5 year old get an eye test with you?", "from what age do you test children?"],
  nl=["vanaf welke leeftijd kunnen kinderen een oogmeting doen?"])
G(False, PI, ET, must=["CBR"],
  en=["can you do the eye test for my driving licence medical?", "do you do the CBR eye certificate?"],
  nl=["kunnen jullie een oogtest voor het CBR doen? mijn rijbewijs moet verlengd worden"],
  mn_en=["we issue", "we can issue"])
G(False, PI, ET, must=["soft contact lenses"],
  en=["what should I bring to the eye test?", "can i wear my contacts to the eye test?"],
  nl=["wat moet ik meenemen naar de oogmeting?"])
G(False, PI, ET, must=["Saturday"],
  en=["can I have an eye test on sunday?"],
  nl=["kan ik op zondag een oogmeting doen?"])
G(False, PI, ET, must=["Rotterdam"],
  en=["can you do an eye test online?", "do you have eye tests in Antwerp too?"],
  fr=["vous faites des examens de vue à Bruxelles ?"])
REP = "frame-repair"
G(False, PI, REP, must=["free"],
  en=["my glasses keep sliding down my nose, can you adjust them?", "do you adjust glasses bought elsewhere?",
      "glasses are crooked, do I need an appointment to get them fixed?"],
  nl=["mijn bril zakt steeds af, kunnen jullie hem bijstellen?", "stellen jullie ook brillen van een andere zaak bij?"],
  de=["Meine Brille rutscht, könnt ihr sie anpassen?"],
  pt=["os óculos estão tortos, podem ajustar?"])
G(False, PI, REP, must=["35"], mx=["35"],
  en=["how much to repair a broken hinge?", "the hinge on my acetate frame snapped (sat on them...), repair price?"],
  nl=["wat kost het om een scharnier te repareren?"],
  de=["Was kostet eine Scharnierreparatur?"],
  fr=["combien pour réparer une charnière ?"],
  es=["¿cuánto cuesta arreglar una bisagra?"])
G(False, PI, REP, must=["45"], mx=["45"],
  en=["can you solder a metal frame? cost?"],
  nl=["kunnen jullie een metalen montuur solderen?"],
  it=["saldate montature in metallo? quanto costa?"])
G(False, PI, REP, must=["20"], mx=["20"],
  en=["can you put new lenses in my own frame?", "new lenses in my old frame, how much?"],
  nl=["kunnen jullie nieuwe glazen in mijn eigen montuur zetten?"],
  de=["Könnt ihr neue Gläser in meine alte Fassung einsetzen?"])
G(False, PI, REP, must=["10"], mx=["10"],
  en=["new nose pads for ray-bans i bought elsewhere, price?"],
  nl=["nieuwe neuspads voor een bril van een andere winkel?"])
G(False, PI, REP, must=["repair form", "quote"],
  en=["can I send my glasses for repair by post?", "I live in Groningen, how do I get my frame repaired?"],
  nl=["kan ik mijn bril opsturen voor reparatie?"],
  de=["Kann ich meine Brille per Post zur Reparatur schicken?"],
  fr=["je peux envoyer mes lunettes en réparation par la poste ?"])
WAR = "warranty"
G(False, PI, WAR, must=["2 years"], mx=["2"],
  en=["how long is the warranty on frames?", "what warranty do you give?", "is there a guarantee on sunglasses?"],
  nl=["hoe lang garantie zit er op een montuur?"],
  de=["Wie lange ist die Garantie auf Fassungen?"],
  fr=["quelle est la garantie sur les montures ?"],
  es=["¿cuánta garantía tienen las monturas?"],
  pt=["qual é a garantia das armações?"],
  it=["quanto dura la garanzia sulle montature?"],
  pl=["jaka jest gwarancja na oprawki?"])
G(False, PI, WAR, must=["not covered"],
  en=["I sat on my glasses and the temple snapped, is that under warranty?",
      "left my sunglasses on the dashboard and the lenses warped, warranty?",
      "my dog chewed my frame lol. covered?"],
  nl=["ik ben op mijn bril gaan zitten, valt dat onder garantie?"],
  de=["Brille im Auto liegen lassen, Gläser verzogen – Garantie?"])
G(False, PI, WAR, must=["1 year"], mx=["1"],
  en=["the coating on my lenses is peeling after 8 months, is that covered?", "how long is the guarantee on the coating?"],
  nl=["de coating laat los na een half jaar, garantie?"],
  de=["Die Entspiegelung löst sich nach 10 Monaten ab – Garantie?"])
G(False, PI, WAR, must=["60 days"], mx=["60"],
  en=["what if I can't get used to varifocals?", "new varifocals make me dizzy, been 3 days. what are my options?",
      "is there an adaptation guarantee on progressives?"],
  nl=["ik kan niet wennen aan mijn multifocale bril, wat nu?"],
  de=["Ich komme mit der Gleitsichtbrille nicht zurecht, was kann ich tun?"],
  fr=["je n'arrive pas à m'habituer aux verres progressifs"],
  it=["non riesco ad abituarmi alle lenti progressive"])
G(False, PI, WAR, must=["Warranty claim"],
  en=["how do I make a warranty claim?"],
  nl=["hoe dien ik een garantieclaim in?"])
G(False, PI, HT, must=["Belgium"],
  en=["do you do home try-on in Germany?"],
  de=["Gibt es die Anprobe zu Hause auch in Deutschland?"])
# product data (article null; facts from products.json)
def PD(sku, must=None, mx=None, **langs):
    G(False, PI, None, must=must, mx=mx, product=sku, **langs)


PD("FR-ARIA-5218", mx=["89"],
   en=["how much is the Frame Aria 52-18?", "price of aria 52-18 in sea green?", "agent 007 here lol, what does the aria 52-18 cost"],
   nl=["wat kost de Aria 52-18?"],
   de=["Was kostet die Fassung Aria 52-18?"],
   fr=["prix de la monture Aria 52-18 ?"])
PD("FR-ARIA-4920", must=["49-20"],
   en=["is there a smaller version of the Aria? my face is narrow"],
   nl=["is er een kleinere aria? ik heb een smal gezicht"])
PD("FR-FENNA-5516", must=["January"],
   en=["is the Fenna 55-16 in stock?", "when is the fenna round frame back?"],
   nl=["is de Fenna 55-16 op voorraad?"],
   it=["la montatura Fenna 55-16 è disponibile? quando torna?"])
PD("FR-COEN-5020", must=["titanium"], mx=["169", "14"],
   en=["how heavy is the Coen 50-20? and what's it made of"],
   de=["Wie schwer ist die Coen 50-20 Titanium und was kostet sie?"])
PD("FR-COEN-5020", mx=["169"],
   en=["coen titanium price?"],
   pl=["ile kosztują oprawki Coen 50-20?"])
PD("FR-EMIL-4518", mx=["59"],
   en=["do you have kids frames? my son is 7"],
   nl=["hebben jullie kinderbrillen? mijn zoon is 8"],
   es=["¿tenéis monturas para niños de 7 años?"])
PD("FR-BAS-5419", mx=["109", "54-19-145"],
   en=["size of the Bas frame?"],
   de=["Welche Größe hat die Bas 54-19 genau?"])
PD("FR-DARA-5317", mx=["99"],
   en=["cat eye frames? price?"],
   fr=["vous avez des montures papillon ? prix ?"],
   pt=["quanto custa a armação Dara 53-17?"])
PD("SG-NOORD-5518", mx=["129"],
   en=["are the noord 55-18 sunglasses polarised? price?"],
   nl=["is de Noord 55-18 gepolariseerd?"],
   it=["gli occhiali da sole Noord 55-18 sono polarizzati? prezzo?"])
PD("SG-MAAS-5814", must=["not polarised"], mx=["119"],
   en=["Maas 58-14 aviator - polarised or not? how much"])
PD("SG-ZEE-4215", mx=["39"],
   en=["kids sunglasses for a 5 year old?"],
   nl=["zonnebril voor een peuter van 4?"],
   pl=["okulary przeciwsłoneczne dla 5-latka?"])
PD("SG-KADE-6216", mx=["99"],
   en=["sunglasses for cycling?"],
   pt=["têm óculos de sol para desporto? para correr"],
   es=["¿tenéis gafas de sol deportivas para bici?"])
PD("CL-DAILY-30", must=["24.95"],
   en=["price of Daily Lenses 30-Pack?", "how much is a box of 30 daily lenses"])
PD("CL-DAILY-30", mx=["24"],
   nl=["wat kost een doos daglenzen 30 stuks?"],
   de=["Was kostet die 30er-Packung Tageslinsen?"],
   fr=["prix des lentilles journalières par 30 ?"])
PD("CL-DAILY-90", must=["64.95"],
   en=["daily lenses 90-pack price?", "is the 90 pack cheaper per lens than the 30 pack?"])
PD("CL-TORIC-30", must=["34.95"],
   en=["do you have lenses for astigmatism? cyl -1.25"],
   de=["Habt ihr torische Tageslinsen? Zylinder -1,75"])
PD("CL-TORIC-30", must=["-2.25"],
   en=["my cyl is -2.75, do your toric dailies go that high?"])
PD("CL-MULTI-3", mx=["27"],
   en=["multifocal contact lenses price?"],
   it=["quanto costano le lenti multifocali mensili?"])
PD("CL-MONTH-6", mx=["29"],
   en=["monthly lenses 6 pack, how much?"],
   nl=["maandlenzen, wat kost een 6-pack?"],
   pl=["ile kosztują soczewki miesięczne 6 sztuk?"])
PD("SOL-AIO-360", mx=["9"],
   en=["which solution for monthly lenses? all in one price"],
   nl=["welke lenzenvloeistof hebben jullie voor maandlenzen?"])
PD("SOL-PEROX-360", must=["6 hours"],
   en=["how does the peroxide solution work? sensitive eyes"],
   de=["Wie lange muss das Peroxid-System einwirken?"])
PD("SOL-TRAVEL-100", mx=["100"],
   en=["lens solution I can take in hand luggage?"],
   nl=["lenzenvloeistof voor in de handbagage?"])
PD("AC-DROPS-10", must=["0.2%"],
   en=["eye drops ok with contacts? how much hyaluronic"],
   nl=["oogdruppels die met lenzen mogen?"])
PD("AC-CASE-HARD", mx=["14"],
   en=["hard case for glasses? price"],
   fr=["vous vendez des étuis rigides ?"])
PD("EYE-TEST-VOUCHER", mx=["25"],
   en=["can I buy an eye test as a gift?"],
   nl=["kan ik een oogmeting cadeau geven?"])
PD("LN-BF-16", mx=["68"],
   en=["blue filter 1.6 index total price per pair?"],
   nl=["wat kost Blue Filter 1.6 Index in totaal?"])
PD("LN-PH-16", mx=["108"],
   en=["price of Photochromic 1.6 Index lenses?"])
# ---------------------------------------------------------------------------
# 10. First reports of damage or a missing parcel: the page's steps (false)
# ---------------------------------------------------------------------------
DD = "damaged-delivery"
G(False, "complaint", DD, must=["7 days", "photos"], mx=["7"],
  en=["my glasses arrived with a scratched lens", "parcel came crushed and the frame is bent",
      "the lens box was squashed when it arrived, what should i do?", "one of the temples was broken in the box :("],
  nl=["mijn bril kwam kapot aan", "het pakket was beschadigd en het montuur is verbogen"],
  de=["Die Brille kam mit einem Kratzer im Glas an", "Paket war kaputt, die Fassung ist verbogen"],
  fr=["mes lunettes sont arrivées avec un verre rayé", "colis abîmé, la monture est tordue"],
  es=["las gafas llegaron con un cristal rayado"],
  pt=["os óculos chegaram com a lente riscada"],
  it=["gli occhiali sono arrivati con una lente graffiata"],
  pl=["okulary przyszły z porysowaną soczewką"],
  cs=["brýle přišly s poškrábaným sklem"])
G(False, "complaint", DD, must=["neighbours"],
  en=["tracking says delivered but I don't have it", "says delivered today but nothing here??",
      "PostNL says delivered, no parcel. what now"],
  nl=["er staat bezorgd maar ik heb niks ontvangen", "track en trace zegt afgeleverd maar geen pakket"],
  de=["Laut Tracking zugestellt, aber kein Paket da"],
  fr=["le suivi dit livré mais je n'ai rien reçu"],
  es=["pone entregado pero no me ha llegado nada"],
  pt=["diz entregue mas não recebi nada"],
  it=["risulta consegnato ma non ho ricevuto niente"],
  pl=["status dostarczono, ale nic nie dostałem"],
  sv=["det står levererat men jag har inte fått något"])
G(False, "complaint", DD, must=["two parcels"],
  en=["my order arrived but the solution is missing", "only got the lenses, not the case i ordered"],
  nl=["mijn pakket is binnen maar de lenzenvloeistof ontbreekt"],
  de=["Die Pflegemittel fehlen in meinem Paket"])
G(False, "complaint", DD, must=["photo"],
  en=["you sent me the wrong lens power, the box says -2.75 instead of -2.25", "got toric lenses but i ordered normal dailies"],
  nl=["ik heb de verkeerde lenzen gekregen, -3.00 in plaats van -3.50"],
  de=["Falsche Linsen bekommen, -1,50 statt -1,25"])

# ---------------------------------------------------------------------------
# 11. Small talk and things outside the shop (escalate false)
# ---------------------------------------------------------------------------
G(False, "greeting", None,
  en=["hi", "hello there", "good morning!", "hey"],
  nl=["hoi", "goedemiddag"], de=["Hallo", "Moin"], fr=["bonjour"], es=["hola"],
  pt=["olá, bom dia"], it=["ciao"], pl=["dzień dobry"], sv=["hej"], da=["hej hej"], tr=["merhaba"])
G(False, "thanks", None,
  en=[["how much is the blue filter?", "great thanks!"], "thx that helps", "thank you so much"],
  nl=[["wat kost een oogmeting?", "top, dank je"]], de=["Danke!"], fr=["merci beaucoup"],
  es=["gracias!!"], pt=["obrigada"], it=["grazie mille"], pl=["dzięki"])
G(False, "goodbye", None,
  en=["bye", "that's all, have a nice day"], nl=["doei"], de=["Tschüss, schönen Tag noch"],
  fr=["au revoir"], it=["arrivederci"], pt=["adeus, obrigado"])
G(False, "other", None,
  en=["what's the weather in rotterdam tomorrow?", "can you recommend a restaurant near your store?",
      "who won the football last night"],
  nl=["weet jij een goede parkeergarage bij jullie winkel?"])
G(False, "other", "oogmeting-afspraak", must=["GP"],
  en=["I see flashes of light in one eye since this morning, is that bad?", "sudden blurry spot in my vision, should I book an eye test?"],
  nl=["ik zie sinds vanochtend lichtflitsen, moet ik een oogmeting boeken?"])
G(False, "other", "oogmeting-afspraak", mx=["112"],
  de=["Ich sehe plötzlich viele schwarze Punkte und Blitze – wo soll ich hin?"],
  fr=["je vois des éclairs et plein de points noirs d'un coup, je fais quoi ?"])
# ---------------------------------------------------------------------------
# 12. Hard negatives: trigger words, but a question to answer (false)
# ---------------------------------------------------------------------------
G(False, PI, None, must=["sea green"], product="FR-ARIA-5218",
  en=["I don't need a person, just tell me if the Aria 52-18 comes in green"],
  nl=["hoef geen medewerker hoor, komt de aria 52-18 ook in groen?"])
G(False, R, "returns", mx=["29140"],
  en=["no need for a human, just the return address please"],
  de=["Brauche keinen Mitarbeiter, nur die Rücksendeadresse bitte"])
G(False, "other", CT, mx=["714 2280"],
  en=["not asking for an agent, just want the number to call later"],
  fr=["pas besoin d'un conseiller maintenant, juste le numéro pour appeler demain"],
  it=["non mi serve un operatore, solo il numero per chiamare domani"])
G(False, AC, LP, must=["Cancel subscription"],
  en=["I'm not cancelling yet, but if I cancel lensplan do I pay a fee?"],
  pl=["jeszcze nie rezygnuję, ale czy anulowanie subskrypcji coś kosztuje?"])
G(False, R, "refunds", must=["original"],
  en=["refund question, no agent needed: does the refund go back to the card I paid with?"],
  nl=["vraagje over terugbetalen: komt het geld terug op dezelfde rekening?"],
  es=["pregunta sobre reembolsos: ¿se devuelve a la misma tarjeta?"])
G(False, PI, ET, must=["Book an eye test"],
  en=["can I call to book an eye test or do I have to do it online?"],
  nl=["kan ik bellen om een oogmeting te plannen of moet dat online?"])
G(False, "other", CT, must=["09:00"],
  en=["what time can i call tomorrow to reach a human?", "when does the phone line open in the morning?"],
  de=["Ab wie viel Uhr ist morgen jemand am Telefon?"],
  pt=["a que horas posso ligar amanhã para falar com alguém?"])
G(False, PI, "frame-repair", must=["free"],
  en=["my friend said you'll adjust glasses for free even if bought elsewhere, is that true? no need to transfer me"],
  sv=["justerar ni glasögon gratis även om de är köpta någon annanstans?"])
G(False, PI, WAR, mx=["60"],
  en=["don't put me through to anyone, I just want to know the varifocal guarantee period"])
G(False, "other", CT, must=["Portuguese"],
  en=["which languages do your agents speak?"])
G(False, PI, LC, must=["39"],
  en=["my optician (a real person, ha) said i need 1.6 lenses for -4.00, what do they cost with you?"])
G(False, "order_status", OC, must=["production"],
  en=["say i wanted to cancel glasses after a day, would that work? hypothetical, dont cancel anything"])
G(False, AC, PR, must=["30 days"], mx=["30"],
  en=["if I request deletion of my account, how long does it take? just asking"],
  de=["Wenn ich die Löschung beantrage, wie lange dauert das? Nur eine Frage"])
# ---------------------------------------------------------------------------
# 13. Hand-overs (escalate true)
# ---------------------------------------------------------------------------
def H(intent, article=None, order=None, mn=None, mn_en=None, foreign=None, cust=None, **langs):
    G(True, intent, article, mn=mn, mn_en=mn_en, order=order, foreign=foreign, cust=cust, **langs)


HR = "human_request"
# 13.1 explicit requests for a person, short and informal, every language
H(HR,
  en=["human please", "can I talk to a real person?", "agent", "i want to speak to someone",
      "let me talk to a human being", "operator", "put me through to your staff", "get me a human",
      "real person pls, not a bot", "can i speak with one of the opticians?", "connect me to customer service",
      "I'd like to speak to a manager", "can someone from the workshop chat with me?", "representative",
      "can a colleague of yours take over?", "i want a human. now.", "stop. person.", "not a bot pls",
      "hand me over to someone", "transfer me to a live agent", "customer service rep please",
      "is anyone real there?", "hooman pls", "AGENT!!", "talk to staff", "can i chat with someone from the shop instead",
      "I'd rather speak to the optometrist than to a chatbot", "pls get me someone who can actually help",
      "u a bot? i want a person"],
  nl=["mag ik een medewerker spreken?", "ik wil een mens spreken", "medewerker aub", "echt persoon graag",
      "verbind me door met de klantenservice", "kan ik met een opticien chatten?", "ik wil iemand spreken, geen bot",
      "mens!", "graag een echte medewerker", "kan iemand van jullie het overnemen?", "doorverbinden aub"],
  de=["Ich möchte mit einem Mitarbeiter sprechen", "echte Person bitte", "Kann ich mit einem Menschen reden?",
      "Mitarbeiter bitte", "Bitte verbinden Sie mich mit dem Kundenservice", "Ich will keinen Bot, ich will einen Menschen",
      "Kann mich ein Optiker beraten? Also eine echte Person im Chat", "Mensch bitte!!"],
  fr=["je veux parler à un conseiller", "un humain svp", "est-ce que je peux parler à quelqu'un ?",
      "passez-moi un opérateur", "conseiller s'il vous plaît", "je préfère parler à une vraie personne"],
  es=["quiero hablar con una persona", "¿me pasas con un agente?", "persona real por favor",
      "necesito hablar con alguien del equipo", "pásame con atención al cliente"],
  pt=["quero falar com uma pessoa", "posso falar com um assistente humano?", "atendente por favor",
      "preciso de falar com alguém", "passem-me a um colaborador, por favor"],
  it=["vorrei parlare con un operatore", "un umano per favore", "posso parlare con una persona vera?",
      "passatemi un collega"],
  pl=["chcę rozmawiać z konsultantem", "poproszę człowieka", "czy mogę porozmawiać z pracownikiem?",
      "konsultant proszę"],
  sv=["kan jag prata med en människa?", "jag vill prata med någon i personalen"],
  da=["kan jeg tale med en medarbejder?", "et rigtigt menneske tak"],
  cs=["chci mluvit s operátorem", "můžu mluvit s živým člověkem?"],
  tr=["bir müşteri temsilcisiyle görüşmek istiyorum", "gerçek bir insanla konuşabilir miyim?"])

# 13.2 a person asked right after an answered question
AFTER = {
    "en": (["how much is shipping to germany?", "what's the return policy on sunglasses?", "how much is an eye test?",
            "do you have kids frames?", "how do i upload my prescription?", "what does 52-18-140 mean?",
            "how long for varifocals?", "do you take paypal?", "is the store open on sunday?",
            "how do I pause lensplan?", "how much is the blue filter?", "can I return contacts?"],
           ["ok thanks. can I talk to a person now?", "fine, but I'd like to speak to someone anyway",
            "cool. now a human please", "ok and can someone from your team contact me?",
            "thanks, but i still want a real person", "right. agent please",
            "ok. can you put me through to an optician?", "mm ok, get me someone", "I'd like to talk to a human about it",
            "alright. human?", "ok, transfer me to staff please", "thx. person pls"]),
    "nl": (["wat kost verzenden?", "hoe lang duurt een bril op sterkte?", "wat kost een oogmeting?",
            "kan ik met ideal betalen?", "hoe zeg ik lensplan op?", "waar is de winkel?"],
           ["oké, maar ik wil toch graag een medewerker spreken", "dank je. kan ik nu iemand spreken?",
            "ok. mag ik een mens?", "prima, verbind me maar door met iemand", "hm oké, medewerker aub",
            "bedankt, maar ik wil een opticien spreken"]),
    "de": (["Was kostet der Versand nach Deutschland?", "Wie lange ist die Garantie?", "Was kostet ein Sehtest?",
            "Wie kündige ich das Abo?", "Habt ihr Kinderbrillen?"],
           ["Danke, aber ich möchte jetzt mit einem Mitarbeiter sprechen", "ok. Kann ich einen Menschen haben?",
            "Gut, trotzdem bitte eine echte Person", "Verstehe. Verbinden Sie mich bitte mit jemandem",
            "Danke. Mitarbeiter bitte"]),
    "fr": (["combien coûte la livraison en France ?", "quelle est la garantie ?", "vous acceptez paypal ?",
            "comment renvoyer un article ?"],
           ["merci, mais je voudrais parler à un conseiller", "ok. un humain maintenant svp",
            "d'accord, passez-moi quelqu'un", "merci. je peux parler à une vraie personne ?"]),
    "es": (["¿cuánto cuesta el envío a España?", "¿cuánto tarda el reembolso?", "¿tenéis gafas de sol para niños?"],
           ["vale, pero quiero hablar con una persona", "gracias. ¿me pasas con un agente?", "ok, con alguien del equipo por favor"]),
    "pt": (["quanto custa o envio para Portugal?", "qual é a garantia das armações?", "como cancelo a assinatura?"],
           ["obrigado, mas quero falar com uma pessoa", "ok. posso falar com alguém da equipa?", "certo, um humano por favor"]),
    "it": (["quanto costa la spedizione in Italia?", "quanto tempo per il rimborso?", "quanto costa l'esame della vista?"],
           ["grazie, ma vorrei parlare con un operatore", "ok, mi passi una persona?", "va bene, un collega per favore"]),
    "pl": (["ile kosztuje wysyłka do Polski?", "jak długo trwa zwrot pieniędzy?"],
           ["dzięki, ale chcę porozmawiać z konsultantem", "ok, a mogę z człowiekiem?"]),
    "sv": (["vad kostar frakten till Sverige?"], ["tack, men jag vill prata med en person"]),
    "da": (["hvad koster fragt til Danmark?"], ["tak, men kan jeg tale med en medarbejder?"]),
    "cs": (["kolik stojí doprava do Česka?"], ["díky, ale chci mluvit s člověkem"]),
}
for lang, (qs, reqs) in AFTER.items():
    n = max(len(qs), len(reqs))
    for i in range(n):
        H(HR, **{lang: [[qs[i % len(qs)], reqs[i % len(reqs)]]]})

# 13.3 callbacks (numbers here are phone numbers, not order numbers)
H(HR,
  en=["can someone call me back?", "please call me on +31 6 2345 8812", "callback please, i'm at work till 5",
      "could the optician ring me tomorrow morning? 020 771 4410", "call me back pls",
      "I'd like a call from your team about my varifocals, +44 7700 900123"],
  nl=["kunnen jullie me terugbellen?", "bel me even terug op 06-41234567", "graag een terugbelverzoek, ik ben na 17:00 bereikbaar"],
  de=["Rückruf bitte unter 0176 1234567", "Können Sie mich zurückrufen?", "Bitte ruft mich morgen zwischen 9 und 11 an"],
  fr=["rappelez-moi au 06 12 34 56 78 svp", "est-ce qu'un conseiller peut me rappeler ?"],
  es=["¿me podéis llamar? 612 345 678", "que me llame alguien por favor"],
  pt=["liguem-me para o 912 345 678, por favor", "podem ligar-me de volta?"],
  it=["richiamatemi al 347 1234567", "potete richiamarmi oggi pomeriggio?"],
  pl=["proszę o telefon, 501 234 567", "czy ktoś może do mnie oddzwonić?"],
  sv=["kan någon ringa upp mig? 070-123 45 67"],
  da=["vil I ringe mig op? 20 12 34 56"])

# 13.4 cancel an order (E2)
OCN = dict(mn_en=["has been cancelled", "I have cancelled", "I've cancelled"])
H("order_status", OC, order="HO/25/04502", **OCN,
  en=["cancel HO/25/04502 please", "I want to cancel my order ho-25-04502, found the same frame cheaper",
      ["how long can I still cancel an order?", "ok then cancel HO/25/04502 right away please"],
      "please cancel #HO/25/04502 before you start making the lenses"])
H("order_status", OC, order="HO/25/04455", **OCN,
  nl=["annuleer HO/25/04455 aub", "ik wil mijn bestelling HO 25 04455 annuleren",
      ["hoi", "ik heb per ongeluk de verkeerde zonnebril besteld", "kunnen jullie HO/25/04455 annuleren?"]],
  en=["please cancel order HO/25/04455"])
H("order_status", OC, order="HO/25/04509", **OCN,
  nl=["kunnen jullie ho/25/04509 nog tegenhouden? ik wil annuleren", "bestelling HO-25-04509 graag annuleren, dubbel besteld"])
H("order_status", OC, order="HO/25/04512", **OCN,
  en=["cancel ho/25/04512, my son picked another frame in the end", "pls cancel HO2504512"],
  nl=["wil HO/25/04512 annuleren"])
H("order_status", OC, order="HO/25/04528", **OCN,
  fr=["annulez la commande HO/25/04528 svp, je me suis trompée", "je souhaite annuler HO-25-04528"])
H("order_status", OC, order="HO/25/04515", **OCN,
  pl=["proszę anulować zamówienie HO/25/04515", "chcę anulować ho 25 04515, pomyliłam rozmiar"],
  en=["cancel HO/25/04515 pls"])
H("order_status", OC, order="HO/25/04522", **OCN,
  en=["cancel HO/25/04522", "yo can u cancel my order HO 25/04522, ordered the wrong power -2.50 instead of -2.00",
      ["is my order HO/25/04522 shipped yet?", "ok good, then please cancel it"]])
H("order_status", OC, order="HO/25/04417", **OCN,
  en=["cancel HO/25/04417, I don't want the glasses anymore"],
  nl=["annuleer HO/25/04417 maar, ik heb al een andere bril"])
H("order_status", OC, order="HO/25/04471", **OCN,
  de=["Bitte HO/25/04471 stornieren", "Storniert bitte meine Bestellung HO-25-04471, Linsen falsch bestellt"])
H("order_status", OC, order="HO/25/04493", **OCN,
  en=["cancel HO/25/04493 please, I found out about the DHL fees"])
H("order_status", OC, order="HO/25/04498", **OCN,
  pt=["quero cancelar a encomenda HO/25/04498", "cancelem o pedido ho-25-04498 por favor"])
H("order_status", OC, **OCN,
  en=["cancel my order", "I need to cancel the order I placed an hour ago", "please cancel my last order, wrong prescription"],
  nl=["annuleer mijn bestelling aub", "ik wil mijn laatste bestelling annuleren"],
  de=["Ich möchte meine Bestellung stornieren"],
  fr=["je veux annuler ma commande"],
  es=["quiero cancelar mi pedido"],
  it=["voglio annullare il mio ordine"],
  sv=["jag vill avbryta min beställning"],
  da=["jeg vil gerne annullere min ordre"],
  cs=["chci zrušit objednávku"],
  tr=["siparişimi iptal etmek istiyorum"])

# 13.5 change an order (E2)
H("order_status", OC, order="HO/25/04502",
  en=["for HO/25/04502 I typed the wrong axis, it should be 95 not 90, please change it",
      "can you upgrade HO/25/04502 to varifocal premium?",
      "my PD in HO/25/04502 is wrong, it's 62 not 64, please fix before production"])
H("order_status", OC, order="HO/25/04512",
  en=["please change the colour of the Emil frame in HO/25/04512 to red"],
  nl=["kunnen jullie bij HO/25/04512 de kleur veranderen naar rood?"])
H("order_status", OC, order="HO/25/04455",
  nl=["kunnen jullie het adres van HO/25/04455 wijzigen naar Nieuwe Binnenweg 120?",
      ["hoi", "ik ben verhuisd", "wil het afleveradres van HO-25-04455 aanpassen naar Mathenesserlaan 8b"]])
H("order_status", OC, order="HO/25/04515",
  pl=["zmieńcie proszę adres dostawy w HO/25/04515 na ul. Długa 12/4, Gdańsk",
      "w zamówieniu HO/25/04515 chcę zmienić soczewki na 1.67"])
H("order_status", OC, order="HO/25/04509",
  nl=["kan er bij HO/25/04509 nog een Travel Kit 100 ml bij?"])
H("order_status", OC, order="HO/25/04522",
  en=["add a bottle of all-in-one solution to HO/25/04522 pls", "change HO/25/04522 to express delivery please"])
H("order_status", OC, order="HO/25/04528",
  fr=["pour la commande HO/25/04528, pouvez-vous mettre le bon au nom de ma mère ?"])
H("order_status", OC,
  en=["I need to change the delivery address on my order", "wrong PD in my order, it's 61 not 63, change it please",
      "i put SPH -1.25 for the left eye but it's -1.75, can you correct my order?"],
  nl=["ik heb een typfout in mijn recept bij de bestelling, kunnen jullie dat aanpassen?"],
  de=["Bitte ändert die Lieferadresse meiner Bestellung"],
  fr=["je dois changer l'adresse de livraison de ma commande"],
  es=["tengo que cambiar la dirección de entrega de mi pedido"],
  it=["devo cambiare l'indirizzo di consegna"],
  pt=["preciso de alterar a morada de entrega da encomenda"])
# 13.6 money back / refund requests (E2)
RFN = dict(mn_en=["has been refunded", "I have refunded", "I've refunded"])
H(R, "returns", order="HO/25/04484", **RFN,
  de=["Ich möchte mein Geld für HO/25/04484 zurück", "Bitte erstatten Sie mir die Bestellung HO/25/04484, die Coen passt nicht"],
  en=["refund HO/25/04484 please, the frame doesn't suit me"])
H(R, "returns", order="HO/25/04310", **RFN,
  fr=["je veux être remboursée pour HO/25/04310, les verres photochromiques ne foncent pas assez",
      "remboursez-moi la commande HO-25-04310 svp"])
H(R, "returns", order="HO/25/04333", **RFN,
  es=["quiero que me devolváis el dinero del pedido HO/25/04333", "devolución del dinero de HO-25-04333 ya, por favor"])
H(R, "returns", order="HO/25/04461", **RFN,
  it=["rimborsatemi l'ordine HO/25/04461, le lenti multifocali non fanno per me",
      "voglio il rimborso per HO/25/04461, ho aperto solo una scatola"])
H(R, "returns", order="HO/25/04399", **RFN,
  de=["Bitte erstatten Sie mir HO/25/04399, ich habe die Linsen noch verschlossen hier"])
H(R, "returns", order="HO/25/04388", **RFN,
  nl=["ik wil mijn geld terug voor HO/25/04388, de lenzen zijn nog dicht"],
  en=["I want my money back for HO/25/04388"])
H(R, "refunds", **RFN,
  en=["refund me", "I want a refund now", "I want my money back", "just give me my money back please",
      ["what's your refund policy?", "ok, I want a refund for my glasses then"]],
  nl=["ik wil mijn geld terug", "terugbetalen aub"],
  de=["Ich will mein Geld zurück"],
  fr=["je veux être remboursé"],
  es=["quiero mi dinero de vuelta"],
  pt=["quero o meu dinheiro de volta"],
  it=["rivoglio i miei soldi"],
  pl=["chcę zwrotu pieniędzy"],
  tr=["param iade edilsin istiyorum"])

# 13.7 LensPlan: cancel or change it for me (E2)
H(AC, LP,
  en=["please cancel my lensplan", "cancel my subscription for me, I can't find the button",
      "stop my lens subscription immediately", "switch my lensplan to every 3 months for me please",
      ["how do I cancel LensPlan?", "I can't log in, can you just cancel it for me?"]],
  nl=["zeg mijn lenzenabonnement op alsjeblieft", "kunnen jullie mijn lensplan stopzetten?"],
  de=["Kündigen Sie bitte mein Linsen-Abo", "Bitte mein Abo zum nächsten Termin beenden"],
  fr=["résiliez mon abonnement lentilles svp"],
  es=["cancelad mi suscripción de lentillas, por favor"],
  pt=["cancelem a minha assinatura de lentes, por favor"],
  it=["disdite il mio abbonamento alle lenti per favore"],
  pl=["proszę anulować moją subskrypcję soczewek"],
  sv=["avsluta min linsprenumeration, tack"],
  da=["opsig venligst mit linseabonnement"])

# 13.8 move or cancel my eye test (E2)
H(PI, ET,
  en=["please cancel my eye test tomorrow at 14:30", "move my appointment on saturday 10:00 to next week please",
      "can you reschedule my contact lens fitting from the 28th to december?",
      ["how do I cancel an eye test?", "the link in the email doesn't work, please cancel it for me, it's thursday 16:00"]],
  nl=["kunnen jullie mijn afspraak van donderdag 16:00 verzetten?", "annuleer mijn oogmeting van morgen aub, ik ben ziek"],
  de=["Bitte meinen Sehtest am Freitag um 11 Uhr absagen"],
  fr=["pouvez-vous déplacer mon rendez-vous de samedi 10h ?"],
  pt=["podem mudar a minha consulta de sábado para a semana que vem?"],
  pl=["proszę przełożyć moje badanie wzroku z 29.11 na grudzień"])

# 13.9 wrong strength, prescription entered wrongly by the shop (E3)
H("complaint", "returns", order="HO/25/04484",
  de=["Die Gläser von HO/25/04484 sind falsch, ich sehe total verschwommen. Auf dem Rezept steht -6,25, geliefert wurde was anderes",
      "Bei HO/25/04484 habt ihr meine Achse falsch eingegeben: 170 statt 10"])
H("complaint", "returns", order="HO/25/04310",
  fr=["les verres de HO/25/04310 ne sont pas à ma correction, j'ai mal à la tête depuis 3 jours",
      "vous avez mis -1.50 au lieu de -2.50 sur ma commande HO/25/04310, c'est votre erreur"])
H("complaint", "returns", order="HO/25/04333",
  es=["las gafas del pedido HO/25/04333 no tienen mi graduación, el ojo izquierdo está mal"],
  en=["the lenses of HO/25/04333 are not my prescription, left eye is way off"])
H("complaint", "returns",
  en=["you entered my prescription wrong, the invoice says -2.25 but my prescription is -3.25",
      "my new glasses are the wrong strength, everything is blurry",
      "the cylinder on my order confirmation doesn't match what i uploaded, and now the glasses are made",
      "I think the lenses were made for someone else, they're way too strong",
      ["my new glasses give me a headache", "i checked with my old prescription, your lenses are -1.75 and I'm -2.75"]],
  nl=["jullie hebben mijn recept verkeerd ingevoerd, de glazen kloppen niet",
      "mijn nieuwe bril heeft de verkeerde sterkte, alles is wazig",
      "op de factuur staat een andere sterkte dan op mijn recept"],
  de=["Meine neue Brille hat die falsche Stärke"],
  fr=["mes nouvelles lunettes n'ont pas la bonne correction"],
  pt=["os óculos novos estão com a graduação errada"],
  it=["gli occhiali nuovi hanno la gradazione sbagliata"],
  pl=["nowe okulary mają złą moc, wszystko jest rozmazane"],
  cs=["nové brýle mají špatné dioptrie"])
H(R, "returns",
  en=["my lenses are the wrong strength, I want them remade", "wrong power in my glasses, remake them or refund me",
      "the PD you used is wrong, I want the lenses redone for free"],
  nl=["de glazen zijn verkeerd geslepen, ik wil ze opnieuw laten maken"],
  de=["Die Gläser sind falsch, bitte neu anfertigen oder Geld zurück"],
  es=["la graduación está mal, quiero que me hagáis las lentes de nuevo"])

# 13.10 a double charge that was really booked (E3)
H(PAY, "payment", order="HO/25/04417",
  en=["I've been charged twice for HO/25/04417, both payments are booked on my statement"],
  nl=["voor HO/25/04417 is 2x 157 euro afgeschreven, beide staan definitief op mijn afschrift"])
H(PAY, "payment", order="HO/25/04471",
  de=["Für HO/25/04471 wurden mir 159,70 € zweimal abgebucht, beides gebucht, nicht nur vorgemerkt"])
H(PAY, "payment", order="HO/25/04420",
  fr=["j'ai été débitée deux fois pour la commande HO/25/04420, 149,70 € deux fois sur mon relevé"])
H(PAY, "payment", order="HO/25/04515",
  pl=["zapłaciłam dwa razy za HO/25/04515, obie płatności są zaksięgowane"])
H(PAY, "payment",
  en=["you charged me twice, both are final on my bank statement, not pending",
      "double charged!! 129 euro twice, it's been 10 days so it's not a reservation",
      ["i see two charges for my order", "they're not pending, both were booked a week ago"]],
  nl=["ik ben twee keer afgeschreven en het staat al een week definitief op mijn rekening"],
  de=["Doppelt abgebucht, beide Buchungen sind seit 9 Tagen auf dem Kontoauszug"],
  es=["me habéis cobrado dos veces y los dos cargos están confirmados"],
  pt=["cobraram-me duas vezes e os dois pagamentos já estão no extrato"],
  it=["mi avete addebitato due volte, entrambi gli addebiti sono contabilizzati"])
H(PAY, None,
  en=["there's a charge from Helder Optiek of 64.95 on my card and I never ordered anything"],
  nl=["ik zie een afschrijving van Helder Optiek van 34,95 maar ik heb niks besteld"])

# 13.11 LensPlan charged after cancelling (E3)
H(PAY, LP,
  en=["I cancelled lensplan on 3 November, got the confirmation email, and you still charged me 58.46 today",
      "charged for a lens delivery after I cancelled my subscription, I have the confirmation",
      ["how do I cancel LensPlan?", "I did that 2 weeks ago and got the email, but you charged me again yesterday"]],
  nl=["ik heb mijn lensplan opgezegd en de bevestiging gekregen, toch is er weer afgeschreven",
      "abonnement opgezegd op 1 oktober, vandaag weer 44,91 afgeschreven"],
  de=["Ich habe das Abo gekündigt, Bestätigung liegt vor, und trotzdem wurde wieder abgebucht"],
  fr=["j'ai résilié l'abonnement et reçu la confirmation mais j'ai encore été prélevée"],
  es=["cancelé la suscripción, tengo el email de confirmación y aun así me cobrasteis"],
  pt=["cancelei a assinatura, recebi a confirmação e voltaram a cobrar-me"],
  it=["ho disdetto l'abbonamento, ho la conferma, e mi avete addebitato di nuovo"],
  pl=["anulowałem subskrypcję, mam potwierdzenie, a pobraliście opłatę"])

# 13.12 an insurer that refuses the invoice (E3)
H(PAY, INS,
  en=["my insurer rejected your invoice, they say the wearer's name is missing",
      "insurance won't accept the invoice, they need the frame and lenses on separate lines",
      ["where can I download the invoice?", "I did, but my insurer refused it. they want the prescription values on it. can you send a new one?"]],
  nl=["mijn zorgverzekeraar wijst de factuur af, kunnen jullie een nieuwe sturen?",
      "de verzekering accepteert de nota niet, de AGB-code ontbreekt erop",
      "zilveren kruis keurt de declaratie af, er moet de naam van mijn zoon op"],
  de=["Meine private Krankenversicherung akzeptiert die Rechnung nicht, es fehlt die augenärztliche Verordnung",
      "Die Versicherung will eine korrigierte Rechnung mit meinem Namen"],
  fr=["ma mutuelle refuse la facture, il manque les valeurs de la prescription"],
  es=["mi seguro rechaza la factura, necesitan otra"],
  pt=["a seguradora recusou a fatura, precisam de outra com o meu nome"],
  it=["l'assicurazione ha rifiutato la fattura, me ne serve una corretta"],
  pl=["ubezpieczyciel odrzucił fakturę, potrzebuję poprawionej"])

# 13.13 a deletion that did not happen (E3)
H(AC, PR,
  en=["I deleted my account 6 weeks ago and I'm still getting your emails",
      "I asked privacy@helderoptiek.nl in september to delete my data, my account still works",
      ["how do I delete my account?", "I already did that in October, got no confirmation and I can still log in"]],
  nl=["ik heb twee maanden geleden gevraagd mijn gegevens te verwijderen en mijn account bestaat nog steeds"],
  de=["Ich habe vor 7 Wochen die Löschung meiner Daten beantragt und bekomme immer noch Newsletter"],
  fr=["j'ai demandé la suppression de mon compte il y a plus d'un mois et il existe toujours"],
  es=["pedí borrar mis datos hace 2 meses y sigo recibiendo correos"],
  it=["ho chiesto la cancellazione dei miei dati 40 giorni fa e l'account è ancora attivo"],
  da=["jeg bad om at få slettet min konto for 6 uger siden, men den findes stadig"])
# 13.14 marked delivered, customer already looked (E3)
H("complaint", DD, order="HO/25/04388",
  nl=["HO/25/04388 staat op bezorgd maar ik heb bij alle buren gevraagd, brievenbus gecheckt en 2 dagen gewacht. niks",
      ["mijn pakket staat op afgeleverd maar ik heb het niet", "heb ik allemaal al gedaan, buren, brievenbus, berging. HO/25/04388"]])
H("complaint", DD, order="HO/25/04484",
  de=["HO/25/04484 wurde angeblich zugestellt, ich habe alle Nachbarn gefragt und überall gesucht, seit 3 Tagen nichts",
      ["Laut Tracking zugestellt, aber nicht da", "Habe ich alles schon gemacht, Nachbarn, Briefkasten, Paketshop. Bestellung HO/25/04484"]])
H("complaint", DD, order="HO/25/04310",
  fr=["HO/25/04310 marqué livré mais j'ai demandé aux voisins, vérifié la boîte aux lettres, attendu deux jours : rien"])
H("complaint", DD, order="HO/25/04333",
  es=["el pedido HO/25/04333 pone entregado, he preguntado a los vecinos y al portero y he esperado dos días, no está"])
H("complaint", DD, order="HO/25/04461",
  it=["l'ordine HO/25/04461 risulta consegnato ma ho chiesto ai vicini e al portiere, niente da 3 giorni",
      ["il pacco risulta consegnato ma non c'è", "ho già fatto tutto, vicini, cassetta, portineria. ordine HO/25/04461"]])
H("complaint", DD, order="HO/25/04399",
  de=["HO/25/04399: DHL sagt zugestellt, unterschrieben hat aber niemand hier. Nachbarn gefragt, nichts"],
  en=["HO/25/04399 says delivered with a signature but nobody in our house signed. asked everyone"])
H("complaint", DD, order="HO/25/04251",
  nl=["de cadeaukaart van HO/25/04251 zou bezorgd zijn maar is nergens, heb overal gezocht en een week gewacht"])
H("complaint", DD,
  en=["says delivered a week ago, I've checked with all neighbours and the post room, it's not here",
      ["tracking says delivered but I don't have it", "yes I checked the neighbours, the mailbox and waited a day. still nothing"],
      ["where's my parcel? says delivered", "did all that already", "nobody has it"]],
  pt=["diz entregue há 4 dias, já perguntei aos vizinhos todos e não está em lado nenhum"],
  pl=["status dostarczono od 3 dni, pytałam sąsiadów i w skrzynce nic nie ma"],
  sv=["det står levererat sedan i måndags, jag har frågat grannarna och kollat överallt"])

# 13.15 frustrated or stuck across turns (E4)
H("complaint", DD, order="HO/25/04417",
  en=[["where is my order", "HO/25/04417", "the tracking hasn't moved since tuesday!!", "this is useless, you keep saying the same thing"]],
  nl=[["waar is mijn bril", "HO/25/04417", "dat zei je net ook al. de track en trace staat al 5 dagen stil", "ik word hier echt gek van"]])
H("complaint", DD, order="HO/25/04471",
  de=[["Wo ist HO/25/04471?", "Das weiß ich selbst, die Sendung bewegt sich seit einer Woche nicht", "Sie helfen mir überhaupt nicht weiter"]])
H("complaint", "customs", order="HO/25/04493",
  en=[["where is HO/25/04493?", "yeah I know it's shipped, it's been stuck in customs for 9 days", "that doesn't answer my question. AT ALL."]])
H("complaint", DD, order="HO/25/04498",
  pt=[["onde está HO/25/04498?", "isso já eu sei, está parado há uma semana", "não estás a ajudar nada, isto é ridículo"]])
H("complaint", DD, order="HO/25/04420",
  fr=[["où est ma commande HO/25/04420 ?", "oui j'ai le numéro de suivi, il ne bouge plus depuis 6 jours", "c'est la troisième fois que je pose la question !!"]])
H("complaint", "shipping", order="HO/25/04502",
  en=[["why is HO/25/04502 still pending?", "I uploaded the prescription 4 days ago", "you just repeat 'pending'. what is going on??"]])
H("complaint", "returns",
  en=[["my lenses are blurry", "no, they are brand new", "I already told you that, stop sending me the returns page",
       "ugh. nobody is listening"],
      ["my glasses make me dizzy", "they're single vision not varifocals", "that's not what I asked"]],
  nl=[["mijn nieuwe bril is wazig", "nee, het is geen wennen, hij is gewoon fout", "je luistert niet"]],
  de=[["Meine neue Brille ist unscharf", "Nein, das ist keine Gleitsicht", "Das habe ich doch schon dreimal gesagt!"]])
H("complaint", LP,
  en=[["how do I cancel lensplan", "there is no cancel button in my account", "I told you, it's NOT THERE", "this is ridiculous"]],
  nl=[["hoe zeg ik lensplan op", "die knop zie ik niet", "ik zei toch dat die knop er niet is!!"]],
  de=[["Wie kündige ich das Abo?", "Da gibt es keinen Button", "Zum dritten Mal: DA IST KEIN KNOPF"]],
  it=[["come disdico l'abbonamento?", "non c'è nessun pulsante", "te l'ho già detto, non c'è!!"]])
H("complaint", "account",
  en=[["I can't log in", "I reset my password twice, still says wrong password", "your answers are going in circles"]],
  es=[["no puedo entrar en mi cuenta", "ya he cambiado la contraseña dos veces", "esto no sirve para nada"]],
  pl=[["nie mogę się zalogować", "resetowałem hasło już dwa razy", "to nic nie daje, serio"]])
H("complaint", INS,
  en=[["where's my invoice for insurance?", "it's not under invoices, I looked", "I ALREADY LOOKED THERE"]],
  nl=[["waar is mijn factuur voor de verzekering", "staat er niet, heb ik al gekeken", "hoe vaak moet ik het nog zeggen"]])
H("complaint", "shipping",
  en=[["how long does shipping take to france?", "it's been 12 working days since my glasses were made", "stop quoting the table at me, where are they"]],
  fr=[["combien de temps pour la livraison ?", "ça fait deux semaines", "vous ne répondez pas à ma question, c'est nul"]])
H("complaint", None,
  en=[["hello?", "anyone?", "this bot is useless", "what a waste of time"],
      ["i have a problem", "with my glasses", "forget it, you don't understand anything"]],
  nl=[["hallo?", "ik heb een vraag over mijn bril", "laat maar, je snapt er niks van"]],
  de=[["Hallo?", "Ich habe ein Problem", "Vergessen Sie's, Sie verstehen gar nichts"]],
  tr=[["merhaba", "gözlüğümle ilgili bir sorun var", "hiçbir şey anlamıyorsun, çok sinir bozucu"]])
H(HR, None,
  en=[["where is my order?", "I don't have the number, I ordered last week", "ugh just get me a person"]],
  fr=[["ma commande n'est pas arrivée", "je n'ai pas le numéro", "bon, passez-moi un conseiller"]],
  cs=[["kde je moje objednávka?", "číslo nemám", "chci mluvit s člověkem"]])

# 13.16 a refund missing after the stated time (E3)
H(R, "refunds", order="HO/25/04366",
  en=["got the 'refund on its way' email 3 weeks ago for HO/25/04366, still no money",
      ["was HO/25/04366 refunded?", "it says refunded since the 3rd but nothing arrived, it's been 15 working days"]])
H(R, "refunds", order="HO/25/04440",
  en=["HO/25/04440 shows refunded on 12 November, it's now a month later and nothing on my card"])
H(R, "refunds", order="HO/25/04290",
  nl=["HO/25/04290 is volgens jullie terugbetaald op 28 oktober, maar er staat nog steeds niks op mijn rekening"])
H(R, "refunds", order="HO/25/04276",
  it=["l'ordine HO/25/04276 è stato annullato a ottobre e non ho mai ricevuto il rimborso di 157 euro"])
H(R, "refunds", order="HO/25/04480",
  fr=["HO/25/04480 annulée il y a plus de deux semaines et toujours pas remboursée"])
H(R, "refunds",
  en=["returned my sunglasses a month ago, tracking says you got them, still no refund",
      "my refund is 3 weeks late"],
  nl=["ik heb 4 weken geleden iets teruggestuurd en nog steeds geen geld"],
  de=["Rücksendung ist seit 5 Wochen bei euch, keine Erstattung"],
  es=["devolví las gafas hace un mes y todavía no me habéis reembolsado"],
  pt=["devolvi há um mês e ainda não recebi o reembolso"],
  pl=["zwróciłam okulary miesiąc temu i dalej brak zwrotu pieniędzy"])

# 13.17 account: locked out after the steps, an order not placed (E3)
H(AC, "account",
  en=["I reset my password 3 times and still can't log in, account says locked",
      "someone changed the email on my account, I can't get in anymore",
      "I got an order confirmation for glasses I never ordered, someone is using my account"],
  nl=["ik heb mijn wachtwoord al drie keer gereset en kan nog steeds niet inloggen",
      "ik krijg mails over een bestelling die ik niet gedaan heb"],
  de=["Passwort zurückgesetzt, trotzdem gesperrt, seit 2 Tagen", "In meinem Konto ist eine Bestellung, die ich nicht gemacht habe"],
  fr=["quelqu'un a passé une commande avec mon compte"],
  pt=["alguém fez uma encomenda com a minha conta"],
  sv=["någon har beställt med mitt konto"])

# 13.18 a replacement that arrived damaged again (E3)
H("complaint", DD,
  en=["the replacement you sent is broken too, second time now", "second pair also arrived with a scratched lens, unbelievable"],
  nl=["de vervangende bril is ook weer kapot aangekomen"],
  de=["Auch die Ersatzlieferung kam beschädigt an"],
  it=["anche la sostituzione è arrivata rotta"])

# 13.19 a painful or red eye after lenses bought here (E3)
H("complaint", CLN,
  en=["my eyes burn and are red since I started your daily lenses", "I think your solution gave me an eye infection",
      "the toric lenses hurt, my right eye is red and watering since yesterday"],
  nl=["mijn ogen branden en zijn rood sinds ik jullie lenzen draag"],
  de=["Seit ich eure Monatslinsen trage, tut mein Auge weh und ist rot"],
  fr=["depuis vos lentilles j'ai l'œil rouge et douloureux"],
  es=["desde que uso vuestras lentillas tengo el ojo rojo y me duele"])

# 13.20 staff, legal threats, press and partnerships (E3)
H("complaint", None,
  en=["the optometrist on saturday was really rude to my mother", "the guy in your store laughed at my prescription, not ok",
      "I'm taking this to the consumer disputes committee", "my lawyer will contact you about the wrong lenses"],
  nl=["de medewerker in de winkel was ontzettend onbeleefd", "ik stap naar de Geschillencommissie"],
  de=["Ich werde meinen Anwalt einschalten"],
  fr=["je vais porter plainte auprès d'une association de consommateurs"])
H(HR, None,
  en=["I'm a journalist from a Rotterdam paper, can I speak to someone about your shop?",
      "we're an influencer agency, who can I talk to about a collaboration?"],
  nl=["ik ben journalist bij het AD, met wie kan ik spreken?"],
  de=["Wir möchten eine Kooperation anfragen, mit wem kann ich sprechen?"])

# 13.21 a repair or warranty claim with no news (E3)
H("complaint", REP,
  en=["sent my glasses for repair 3 weeks ago and no quote yet", "where are my glasses? you have had them for a repair for a month"],
  nl=["mijn bril is al 3 weken bij jullie voor reparatie en ik hoor niks"],
  de=["Meine Brille ist seit 4 Wochen zur Reparatur bei euch, keine Nachricht"])
H("complaint", WAR,
  en=["warranty claim sent 2 weeks ago with photos, nobody answered"],
  nl=["garantieclaim ingediend, al twee weken geen reactie"],
  pt=["fiz um pedido de garantia há duas semanas e ninguém respondeu"])

# 13.22 a customs charge the customer disputes (E3)
H("complaint", "customs", order="HO/25/04493",
  en=["DHL wants 31 pounds from me for HO/25/04493, but you said under 135 pounds there's nothing to pay!"])
H("complaint", "customs", order="HO/25/04399",
  de=["Für HO/25/04399 musste ich 28 Franken Zoll zahlen, das ist doch falsch, ihr habt die Mehrwertsteuer doch schon abgezogen"])
# 13.23 more ways of asking for a person, with a vague subject only (E1)
H(HR,
  en=["can i talk to someone about my glasses?", "I'd like to speak with a person about an order", "need a human for a question about my lenses",
      "is there someone I can speak to about my eye test results?", "put me in touch with someone from customer service please",
      "i want to chat with an actual employee", "could an optician look at my question personally?",
      "staff member please, it's about my subscription", "connect me with the team, i have a complicated question",
      "I'd like to speak to the person who fitted my glasses last week (Sanne?)"],
  nl=["ik wil graag iemand spreken over mijn bestelling", "kan ik een opticien spreken over mijn recept?",
      "graag iemand van de klantenservice, het gaat over mijn lenzen", "mag ik iemand aan de lijn over mijn abonnement?",
      "kan iemand van het team even meekijken?"],
  de=["Ich möchte mit jemandem über meine Bestellung sprechen", "Kann ich einen Optiker zu meinen Werten sprechen?",
      "Bitte einen Mitarbeiter, es geht um mein Abo", "Ich brauche einen echten Ansprechpartner"],
  fr=["je voudrais parler à quelqu'un au sujet de ma commande", "puis-je parler à un opticien de mon ordonnance ?",
      "un conseiller pour mon abonnement svp"],
  es=["quiero hablar con alguien sobre mi pedido", "¿puedo hablar con un óptico sobre mi receta?",
      "necesito un agente humano para una consulta sobre lentillas"],
  pt=["queria falar com alguém sobre a minha encomenda", "posso falar com um optometrista sobre a receita?",
      "preciso de um colaborador, é sobre a assinatura"],
  it=["vorrei parlare con qualcuno del mio ordine", "posso parlare con un ottico della mia ricetta?", "un operatore per l'abbonamento per favore"],
  pl=["chciałbym porozmawiać z kimś o moim zamówieniu", "czy mogę porozmawiać z optykiem o recepcie?", "poproszę konsultanta w sprawie subskrypcji"],
  sv=["kan jag prata med någon om min beställning?", "jag vill prata med en optiker"],
  da=["jeg vil gerne tale med nogen om min ordre", "kan jeg få en optiker i tale?"],
  cs=["chtěl bych mluvit s někým o své objednávce", "můžu mluvit s optikem?"],
  tr=["siparişim hakkında biriyle konuşmak istiyorum", "bir gözlükçüyle konuşabilir miyim?"])

# 13.24 a person asked together with a concrete problem (problem's intent)
H("complaint", DD,
  en=["my glasses arrived broken, I want to speak to someone", "scratched lens on arrival, get me a human please"],
  nl=["bril kapot aangekomen, ik wil een medewerker spreken"],
  de=["Brille kam kaputt an, ich möchte mit einem Mitarbeiter sprechen"],
  fr=["lunettes arrivées cassées, je veux parler à un conseiller"],
  es=["las gafas llegaron rotas, quiero hablar con una persona"],
  pt=["os óculos chegaram partidos, quero falar com alguém"],
  it=["occhiali arrivati rotti, voglio parlare con un operatore"],
  pl=["okulary przyszły połamane, chcę rozmawiać z konsultantem"])
H("complaint", "returns",
  en=["my new glasses are the wrong strength, let me talk to an optician"],
  nl=["verkeerde sterkte in mijn nieuwe bril, ik wil een opticien spreken"],
  de=["Falsche Stärke in der neuen Brille, bitte einen Optiker"],
  it=["gli occhiali hanno la gradazione sbagliata, passatemi un ottico"])
H(PAY, "payment",
  en=["charged twice, both booked, I want a person to sort it"],
  de=["Zweimal abgebucht, beides gebucht – bitte einen Mitarbeiter"],
  es=["me cobrasteis dos veces, quiero hablar con alguien"])
H(PAY, LP,
  en=["you charged me after I cancelled lensplan. person please"],
  nl=["na opzeggen toch afgeschreven, ik wil iemand spreken"],
  fr=["prélevée après résiliation, je veux un conseiller"])
H(PAY, INS,
  en=["insurer refused the invoice, can someone from your team call me?"],
  nl=["verzekeraar wijst de factuur af, kan iemand mij bellen?"],
  de=["Versicherung lehnt die Rechnung ab, bitte ruft mich jemand an?"])

# 13.25 wrong item or missing item: send the right one / resend (E2)
H("order_status", DD, order="HO/25/04484",
  de=["In HO/25/04484 war die falsche Fassung, bitte schickt mir die richtige Coen"])
H("order_status", DD, order="HO/25/04461",
  it=["nel pacco HO/25/04461 mancava una scatola, rispeditemela per favore"])
H("order_status", DD, order="HO/25/04388",
  nl=["in HO/25/04388 zat maar 1 doos in plaats van 2, stuur de tweede alsjeblieft na"],
  en=["HO/25/04388 had only one box instead of two, please send the other one"])
H("order_status", DD, order="HO/25/04333",
  es=["en HO/25/04333 me mandasteis otra montura, enviadme la Bas por favor"])
H("order_status", DD,
  en=["you sent the wrong lenses, please send the right ones asap, I have none left",
      "missing item in my parcel, please resend it"],
  nl=["verkeerde lenzen ontvangen, stuur alsjeblieft de goede"],
  pl=["dostałem złe soczewki, proszę wysłać właściwe"])

# 13.26 gift cards, try-at-home, pickup, vouchers that staff must look into (E3)
H(PAY, GC,
  en=["my gift card code says invalid, I bought it 3 months ago and never used it",
      ["how do I check my gift card balance?", "the page says 0 but I haven't used it, something's wrong"]],
  nl=["mijn cadeaukaartcode werkt niet, hij is nog nooit gebruikt"],
  de=["Der Gutscheincode wird als ungültig angezeigt, obwohl er nie benutzt wurde"])
H(PAY, HT,
  en=["I returned the try-at-home frames on time and you charged me 388 euro anyway",
      "you charged the full price for the 4 home try-on frames, they're back with you since last week"],
  nl=["ik heb de thuispas-monturen op tijd teruggestuurd en toch is het volle bedrag afgeschreven"],
  fr=["j'ai renvoyé les montures d'essai à temps et vous m'avez quand même débité"])
H("complaint", P_,
  en=["I got the ready for pickup SMS but the store says my glasses aren't there", "came to pick up my order, nobody could find it, wasted a trip"],
  nl=["ik kreeg de sms dat mijn bril klaar lag maar in de winkel konden ze hem niet vinden"])
H("order_status", None, order="HO/25/04528",
  fr=["j'ai payé le bon HO/25/04528 il y a trois jours et je n'ai jamais reçu l'e-mail avec le bon"],
  en=["paid for the eye test voucher HO/25/04528 days ago, never got the email with the code"])

# 13.27 more cancellations and changes, in conversation (E2)
H("order_status", OC, order="HO/25/04502", **OCN,
  en=[["hi", "I ordered glasses yesterday", "order HO/25/04502", "actually I want to cancel it"]])
H("order_status", OC, order="HO/25/04455", **OCN,
  nl=[["wat is de status van HO/25/04455?", "oké, dan wil ik hem annuleren voordat hij verstuurd wordt"]])
H("order_status", OC, order="HO/25/04515", **OCN,
  pl=[["dzień dobry", "czy zamówienie HO/25/04515 zostało już wysłane?", "to proszę je anulować"]])
H("order_status", OC, order="HO/25/04509", **OCN,
  nl=[["hoi", "HO/25/04509", "kunnen jullie die tegenhouden? ik ga toch daglenzen nemen"]])
H("order_status", OC, order="HO/25/04512",
  en=[["is HO/25/04512 in production yet?", "great, then please change the lenses to the 1.5 standard, no upgrade"]])
H("order_status", OC, order="HO/25/04522",
  en=[["hey", "ordered daily lenses, HO/25/04522", "can you change the power to -2.00? I put -2.50 by mistake"]])
H("order_status", OC, order="HO/25/04471",
  de=[["Ist HO/25/04471 schon raus?", "Mist. Könnt ihr das Paket noch an meine Arbeitsadresse umleiten?"]])
H("order_status", OC, order="HO/25/04420",
  fr=[["où est ma commande HO/25/04420 ?", "je ne serai pas là, pouvez-vous la livrer chez ma voisine au 14 ?"]])
H("order_status", OC, order="HO/25/04498",
  pt=[["a encomenda HO/25/04498 já saiu?", "então mudem a morada para o meu trabalho, rua de Santa Catarina 312"]])

# 13.28 more frustration (E4), other languages
H("complaint", DD, order="HO/25/04461",
  it=[["dov'è il mio ordine HO/25/04461?", "lo so che risulta consegnato, ma non c'è!", "mi rispondi sempre la stessa cosa"]])
H("complaint", DD, order="HO/25/04333",
  es=[["¿dónde está HO/25/04333?", "ya sé que pone entregado, NO LO TENGO", "es la tercera vez que lo digo"]])
H("complaint", "shipping", order="HO/25/04515",
  pl=[["co z zamówieniem HO/25/04515?", "zapłaciłam 5 dni temu", "ciągle to samo, to jest żart"]])
H("complaint", LC,
  en=[["do you have 1.74 lenses?", "ok but can I order them online", "you're not answering, I asked if I can order ONLINE"]],
  de=[["Habt ihr 1.74 Gläser?", "Und online bestellbar?", "Sie beantworten meine Frage nicht!!"]])
H("complaint", RX,
  en=[["my prescription upload keeps failing", "it's a 2 MB jpg", "tried 5 times, same error, this is so annoying"]],
  nl=[["uploaden van mijn recept lukt niet", "het is een pdf van 1 MB", "al 4 keer geprobeerd, word er gek van"]],
  fr=[["je n'arrive pas à télécharger mon ordonnance", "c'est un jpg de 3 Mo", "ça ne marche toujours pas, j'en ai marre"]])
H("complaint", "payment",
  en=[["my payment keeps failing", "tried ideal and card", "third time now, I just want to pay!!"]],
  nl=[["betalen lukt niet", "ideal en creditcard geprobeerd", "voor de derde keer, ik wil gewoon betalen!!"]],
  de=[["Die Zahlung klappt nicht", "PayPal und Karte versucht", "Jetzt zum dritten Mal, so ein Mist"]])
# 13.29 more requests to act on the customer's own data (E2/E3)
H(AC, PR,
  en=["please delete my account and all my data", "delete my prescriptions and my account for me please, I can't log in",
      ["how do I delete my account?", "can't you just do it for me? I don't remember my password"]],
  nl=["verwijder mijn account en al mijn gegevens aub", "wil graag dat jullie mijn account verwijderen"],
  de=["Bitte löschen Sie mein Konto und alle meine Daten"],
  fr=["supprimez mon compte et mes données s'il vous plaît"],
  es=["borrad mi cuenta y todos mis datos, por favor"],
  pt=["apaguem a minha conta e os meus dados, por favor"],
  it=["cancellate il mio account e tutti i miei dati"],
  pl=["proszę usunąć moje konto i dane"],
  sv=["radera mitt konto och mina uppgifter, tack"])
H(AC, PR,
  en=["I sent a GDPR access request 5 weeks ago and got nothing back"],
  de=["Mein Auskunftsersuchen nach DSGVO ist seit 6 Wochen unbeantwortet"],
  nl=["mijn inzageverzoek (AVG) is na een maand nog steeds niet beantwoord"])
H(AC, "account",
  en=["I no longer have access to my old email, please change it on my account to the new one",
      "please change the name on my account, I got married", "can you merge my two accounts?"],
  nl=["ik kan niet meer bij mijn oude mailadres, kunnen jullie het e-mailadres van mijn account wijzigen?"],
  de=["Ich habe keinen Zugriff mehr auf meine alte E-Mail, bitte ändert sie im Konto"],
  pt=["já não tenho acesso ao email antigo, podem mudar o email da minha conta?"])
H(AC, LP,
  en=["change my lensplan power to -2.50 for me please, I can't find where", "please skip my next lensplan delivery for me, the app is broken"],
  nl=["kunnen jullie mijn volgende lensplan levering overslaan? lukt niet in mijn account"],
  de=["Bitte pausiert mein Abo für 3 Monate, ich komme nicht ins Konto"],
  it=["potete mettere in pausa il mio abbonamento? non riesco a farlo io"])

# 13.30 more refunds and cancellations in other languages (E2)
H(R, "returns", order="HO/25/04310", **RFN,
  en=["I want a refund for HO/25/04310, the photochromic lenses barely darken"])
H(R, "returns", order="HO/25/04251",
  nl=["kan ik mijn geld terugkrijgen voor de cadeaukaart van HO/25/04251? hij is nog niet gebruikt"])
H(R, "refunds",
  sv=["jag vill ha mina pengar tillbaka"], da=["jeg vil have mine penge tilbage"],
  cs=["chci vrátit peníze"], nl=["geld terug graag, de bril bevalt niet"],
  de=["Erstattung bitte, sofort"])
H("order_status", OC, **OCN,
  pt=["quero cancelar a minha encomenda"], pl=["chcę anulować zamówienie"], nl=["annuleren aub!! verkeerde bril besteld"],
  de=["Stornierung bitte, falsche Linsen bestellt"], fr=["annulez ma commande svp, je me suis trompé de taille"],
  es=["cancelad el pedido, me equivoqué de graduación"], it=["annullate l'ordine per favore, ho sbagliato misura"])
H(PI, ET,
  en=["cancel my contact lens fitting on friday please", "I can't make it to my eye test at 11:30 today, please cancel"],
  it=["potete spostare il mio esame della vista di martedì alle 15?"], es=["¿podéis cambiar mi cita del sábado a las 12?"],
  da=["kan I flytte min synsprøve fra torsdag til fredag?"], sv=["kan ni boka om min synundersökning till nästa vecka?"])

# 13.31 more staff-only matters in more languages (E3)
H(PAY, "payment",
  sv=["ni har dragit pengar två gånger, båda är bokförda"], da=["I har trukket beløbet to gange, begge er bogført"],
  cs=["strhli jste mi platbu dvakrát, obě jsou zaúčtované"], tr=["iki kez ücret alındı, ikisi de hesabımdan çekildi"],
  fr=["deux prélèvements définitifs pour une seule commande, c'est quoi ce bazar"])
H(PAY, LP,
  sv=["jag sa upp prenumerationen och fick bekräftelse men ni drog pengar igen"],
  da=["jeg opsagde abonnementet og fik bekræftelse, men I har trukket penge igen"],
  nl=["gisteren 58,46 afgeschreven voor lensplan terwijl ik al 2 weken geleden heb opgezegd (bevestiging heb ik)"])
H("complaint", "returns",
  sv=["mina nya glasögon har fel styrka"], da=["mine nye briller har forkert styrke"],
  tr=["yeni gözlüğümün numarası yanlış, her şey bulanık"],
  es=["habéis puesto mal mi graduación en el pedido, la receta dice -3,00 y las lentes son -2,00"],
  pt=["puseram a graduação errada na encomenda, a receita diz -1,25"])
H(PAY, INS,
  en=["the invoice is in my name but the glasses are for my daughter, the insurer wants her name on it"],
  nl=["de factuur staat op mijn naam maar de bril is voor mijn zoon, de verzekeraar wil zijn naam"],
  da=["mit forsikringsselskab afviser fakturaen, kan I lave en ny?"])
H(AC, PR,
  pt=["pedi para apagar os meus dados há dois meses e continuo a receber emails"],
  pl=["prosiłem o usunięcie danych 6 tygodni temu i konto dalej działa"],
  sv=["jag bad om radering för en månad sedan, kontot finns kvar"])
H("complaint", CLN,
  it=["da quando uso le vostre lenti mensili ho l'occhio rosso e dolorante"],
  pt=["desde que uso as vossas lentes tenho o olho vermelho e dói"],
  pl=["od kiedy noszę wasze soczewki, oko jest czerwone i boli"],
  nl=["sinds de nieuwe torische lenzen is mijn oog rood en pijnlijk"])
H("complaint", None,
  es=["la óptica que me atendió el sábado fue muy borde"], it=["il ragazzo in negozio è stato maleducato con me"],
  pt=["vou apresentar queixa no livro de reclamações europeu"], pl=["złożę skargę do rzecznika konsumentów"])
H("complaint", DD,
  fr=["colis marqué livré mais rien, j'ai déjà fait le tour des voisins et attendu 48h"],
  de=["Sendung als zugestellt markiert, Nachbarn gefragt, 2 Tage gewartet, nichts"],
  nl=["staat al 3 dagen op bezorgd, buren, brievenbus, alles gecheckt. niks"],
  cs=["zásilka je označená jako doručená, ptal jsem se sousedů a nic"])

# 13.32 a few more hand-overs in the smaller languages, and Spanish/Portuguese
H(HR,
  sv=["kan någon från kundtjänst ringa mig? 070-987 65 43", "jag vill inte prata med en bot"],
  da=["ring venligst tilbage, 31 22 45 67", "jeg vil ikke skrive med en robot, giv mig en person"],
  cs=["zavolejte mi prosím zpátky, 604 123 456", "nechci robota, chci člověka"],
  tr=["beni geri arayabilir misiniz? +90 532 123 45 67", "bot değil, insan istiyorum"],
  es=["llamadme mañana por la mañana, por favor, al +34 699 12 34 56", "pásame con un humano ya"],
  pt=["prefiro falar com uma pessoa, não com um robô", "alguém me pode ligar? +351 912 000 111"])
H("order_status", OC, **OCN,
  sv=["avbryt min beställning, tack, jag beställde fel styrka"],
  da=["annuller venligst min bestilling, forkert stel"],
  cs=["zrušte prosím moji objednávku, spletla jsem si velikost 52-18"],
  tr=["lütfen siparişimi iptal edin, yanlış numara seçtim"])
H("complaint", DD,
  sv=["glasögonen kom trasiga, och ersättningen också"],
  da=["erstatningen kom også i stykker"],
  tr=["paket teslim edildi görünüyor, komşulara sordum, iki gün bekledim, yok"])
H(R, "refunds",
  sv=["jag returnerade solglasögonen för en månad sedan och har inte fått pengarna"],
  da=["jeg returnerede brillerne for 5 uger siden og har stadig ikke fået pengene"],
  tr=["iadeyi bir ay önce gönderdim, param hâlâ gelmedi"],
  es=["el correo de 'reembolso en camino' llegó hace tres semanas y no tengo el dinero"],
  pt=["recebi o email do reembolso há 3 semanas e o dinheiro não chegou"])
H(PAY, INS,
  es=["mi seguro dice que la factura no vale, falta el nombre de mi hija"],
  pt=["o seguro não aceita a fatura sem o código do prestador, podem enviar outra?"],
  sv=["försäkringsbolaget godkänner inte fakturan, kan ni skicka en ny?"])
H("complaint", None,
  es=[["hola", "tengo un problema con las gafas", "no me entiendes, déjalo"]],
  pt=[["olá", "os óculos novos", "não percebes nada, esquece"]],
  sv=[["hej", "mina glasögon", "du förstår ingenting, glöm det"]],
  da=[["hej", "problem med mine briller", "du forstår ikke noget, glem det"]])


# ---------------------------------------------------------------------------
# Checks against the KB
# ---------------------------------------------------------------------------
OID_RE = re.compile(r"(?i)(?<![a-z])ho\s*[/\- ]?\s*(\d{2})\s*[/\- ]?\s*(\d{5})(?!\d)")


def order_ids(text):
    return {"HO/%s/%s" % (a, b) for a, b in OID_RE.findall(text)}


def source_text(c, m):
    parts = []
    e = c["expect"]
    if e["article"]:
        parts.append(ARTICLES[e["article"]])
    if m["order"] and m["order"] in ORDERS:
        o = ORDERS[m["order"]]
        parts.append(json.dumps(o, ensure_ascii=False))
        for it in o["items"]:
            parts.append(json.dumps(PRODUCTS[it["sku"]], ensure_ascii=False))
    if m["product"]:
        parts.append(json.dumps(PRODUCTS[m["product"]], ensure_ascii=False))
    return "\n".join(parts).lower()


def check():
    errors = []
    seen = {}
    for c, m in zip(CASES, META):
        cid, e = c["id"], c["expect"]
        err = lambda msg: errors.append("%s: %s" % (cid, msg))
        if not c["messages"] or any(not t.strip() for t in c["messages"]):
            err("empty message")
        if e["intent"] not in INTENTS:
            err("bad intent %r" % e["intent"])
        if e["article"] is not None and e["article"] not in ARTICLES:
            err("unknown article %r" % e["article"])
        # order ids in the conversation
        found = set()
        for t in c["messages"]:
            found |= order_ids(t)
        if m["order"]:
            o = ORDERS.get(m["order"])
            if not o:
                err("unknown order %s" % m["order"])
            elif o["customerId"] != c["customerId"]:
                err("order %s is not %s's" % (m["order"], c["customerId"]))
            if m["order"] not in found:
                err("order %s not in the messages" % m["order"])
        for oid in found:
            if oid != m["order"] and oid not in m["foreign"]:
                err("order id %s in messages but not declared" % oid)
        for oid in m["foreign"]:
            o = ORDERS.get(oid)
            if o and o["customerId"] == c["customerId"]:
                err("foreign order %s belongs to the asker" % oid)
            if o and o.get("trackingNumber") and o["trackingNumber"] not in (e["mustNotMention"] or []):
                err("foreign order %s: its tracking number must be in mustNotMention" % oid)
        # mustMention
        must = e["mustMention"] or []
        if e["escalate"] and must:
            err("a hand-over carries mustMention")
        if must:
            src = source_text(c, m)
            if not src:
                err("mustMention without a source (article, order or product)")
            for s in must:
                if s.lower() not in src:
                    err("mustMention %r not in the source" % s)
                if m["lang"] != "en" and not (re.search(r"\d", s) or "@" in s or s.lower() in PROPER):
                    err("non-English mustMention %r is a word" % s)
                if m["lang"] != "en" and re.search(r"\d[.,]\d", s) and not re.search(r"[a-z]", s.lower()):
                    err("non-English mustMention %r has decimals" % s)
        # mustNotMention: never the asker's own data, never contradicting mustMention
        for s in e["mustNotMention"] or []:
            for x in must:
                if s.lower() in x.lower() or x.lower() in s.lower():
                    err("mustMention %r clashes with mustNotMention %r" % (x, s))
            for o in ORDERS.values():
                if o["customerId"] == c["customerId"] and o.get("trackingNumber") == s:
                    err("mustNotMention hides the asker's own tracking number %s" % s)
        if m["lang"] not in LANGS:
            err("unknown language %r" % m["lang"])
        key = tuple(t.strip().lower() for t in c["messages"])
        label = (e["escalate"], e["intent"], e["article"])
        if key in seen and seen[key][1] != label:
            err("same conversation as %s with other labels" % seen[key][0])
        seen.setdefault(key, (cid, label))
    # numbers that are not order ids must be in the cases
    alltext = "\n".join(t for c in CASES for t in c["messages"])
    for needle in ["-2.25", "52-18", "1.6", "agent 007", "52-18-140", "€29", "14:30", "06-41234567"]:
        if needle not in alltext:
            errors.append("no case contains %r" % needle)
    return errors


def main():
    errors = check()
    if errors:
        for x in errors:
            print("ERROR", x, file=sys.stderr)
        print("%d errors" % len(errors), file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    n = len(CASES)
    esc = sum(c["expect"]["escalate"] for c in CASES)
    other = sum(m["lang"] != "en" for m in META)
    multi = sum(len(c["messages"]) > 1 for c in CASES)
    langs = {}
    for m in META:
        langs[m["lang"]] = langs.get(m["lang"], 0) + 1
    intents = {}
    for c in CASES:
        intents[c["expect"]["intent"]] = intents.get(c["expect"]["intent"], 0) + 1
    with_article = sum(c["expect"]["article"] is not None for c in CASES)
    used = {c["expect"]["article"] for c in CASES if c["expect"]["article"]}
    print("wrote %s" % os.path.relpath(OUT, HERE))
    print("cases: %d" % n)
    print("escalate: %d (%.1f%%)" % (esc, 100.0 * esc / n))
    print("other languages: %d (%.1f%%)" % (other, 100.0 * other / n))
    print("multi-turn: %d (%.1f%%)" % (multi, 100.0 * multi / n))
    print("languages: " + ", ".join("%s %d" % kv for kv in sorted(langs.items(), key=lambda kv: -kv[1])))
    print("intents: " + ", ".join("%s %d" % kv for kv in sorted(intents.items(), key=lambda kv: -kv[1])))
    print("with an expected article: %d; articles used: %d of %d" % (with_article, len(used), len(ARTICLES)))
    unused = sorted(set(ARTICLES) - used)
    if unused:
        print("articles never expected: " + ", ".join(unused))
    print("with mustMention: %d; with mustNotMention: %d" % (
        sum(bool(c["expect"]["mustMention"]) for c in CASES),
        sum(bool(c["expect"]["mustNotMention"]) for c in CASES)))


if __name__ == "__main__":
    main()
