#!/usr/bin/env python3
"""Generate and check ninth-cases.jsonl for the Kiddo shop (ninth-kb/).

Kiddo: toys, baby gear and children's books, Kraków, prices in PLN.
Written from the KB format contract alone (docs/EVAL.md), as an unseen set.

Labelling conventions (intent):
  greeting / thanks / goodbye  pure small talk; article null.
  order_status   the customer's own orders (status, tracking, carrier);
                 someone else's or an unknown order id (answer: not found,
                 never leak it); requests to CHANGE an order's delivery
                 address or an item of it (these escalate).
  return_refund  returns, refunds, exchanges, cancellation policy; requests
                 to cancel an order or get money back, an exchange inside an
                 order, a refund that has not arrived, a price-match refund
                 (these escalate).
  shipping       delivery times, costs, countries, couriers, lockers,
                 click & collect.
  product_info   products (price, stock, age, materials), warranty, safety
                 standards, recalls (policy), car-seat fitting.
  payment        payment methods, charges (double charge, charge after a
                 cancellation, paid at the provider but unpaid in the shop),
                 gift cards and their balance, invoices, discount codes and the
                 price-match policy.
  account        login, password, personal data and its deletion, an order
                 the customer did not place, points gone from the account.
  complaint      frustration after failed help, damaged / faulty / wrong
                 items, a parcel marked delivered but not received, recall
                 claims; questions about the damaged/faulty procedure too.
  human_request  an explicit request for a person or a call back, also right
                 after a question in the same line.
  other          contact details ("what's your phone number", "who do I
                 contact about ..."), store address and hours, gift wrapping,
                 baby registry, loyalty points, anything outside the shop.
article: the id of the article the answer rests on; null for orders, small
talk, questions outside the shop, and every hand-over (escalate=true).
mustMention: short literal substrings of the article / product / order data.

Run: python3 gen_ninth_cases.py   (writes ninth-cases.jsonl, checks, prints stats)
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, "ninth-kb")
OUT = os.path.join(HERE, "ninth-cases.jsonl")
LABELS = {"greeting", "thanks", "goodbye", "order_status", "return_refund", "shipping",
          "product_info", "payment", "account", "complaint", "human_request", "other"}
LANGS = {"en", "pl", "de", "cs", "sk", "uk", "es", "fr", "it", "nl", "pt", "sv", "hu", "ro", "lt", "pl-en"}
ORDER_RE = re.compile(r"\bKD-\d{6}\b")

# ---------------------------------------------------------------- KB loading
def load_articles():
    arts = {}
    for fn in sorted(os.listdir(os.path.join(KB, "articles"))):
        text = open(os.path.join(KB, "articles", fn), encoding="utf-8").read()
        aid = fn[:-3]
        if text.startswith("---"):
            fm, text = text[3:].split("---", 1)
            for line in fm.splitlines():
                if line.startswith("id:"):
                    aid = line[3:].strip()
        assert text.lstrip().startswith("# "), fn
        assert aid not in arts, aid
        arts[aid] = text
    return arts

ARTS = load_articles()
PRODUCTS = {p["sku"]: p for p in json.load(open(os.path.join(KB, "products.json"), encoding="utf-8"))}
ORDERS = {o["orderId"]: o for o in json.load(open(os.path.join(KB, "orders.json"), encoding="utf-8"))}

ART_INTENT = {
    "shipping-poland": "shipping", "shipping-abroad": "shipping", "click-and-collect": "shipping",
    "store-krakow": "other", "returns-refunds": "return_refund", "exchanges": "return_refund",
    "damaged-faulty": "complaint", "safety-recalls": "product_info", "warranty": "product_info",
    "age-safety-standards": "product_info", "car-seat-fitting": "product_info",
    "gift-wrapping": "other", "gift-cards": "payment", "baby-registry": "other",
    "loyalty-points": "other", "payment-methods": "payment", "invoices": "payment",
    "account-password": "account", "privacy-data": "account", "contact": "other",
    "order-changes": "return_refund", "promotions": "payment",
}
POOL = ["u101", "u102", "u103", "u104", "u105", "u106", "u107", "u108", "u109", "u110",
        "g301", "g302", "g303", "g304", "g305"]

CASES = []
def add(cust, msgs, esc, intent, art=None, mm=(), mnm=(), lang="en", src=(), kind=""):
    if isinstance(msgs, str):
        msgs = [m.strip() for m in msgs.split(" // ")]
    CASES.append(dict(cust=cust, msgs=msgs, esc=esc, intent=intent, art=art, mm=list(mm),
                      mnm=list(mnm), lang=lang, src=list(src), kind=kind))

def rows(block):
    for line in block.strip().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield [c.strip() for c in line.split(" | ")]

def field(oid, f):
    o = ORDERS[oid]
    return {"st": o["status"], "tn": o.get("trackingNumber"), "ca": o.get("carrier"), "id": oid}[f]

def resolve(tokens):
    """'$st:KD-204511' -> that order's status; anything else is literal."""
    out, src = [], []
    for t in tokens:
        m = re.fullmatch(r"\$(st|tn|ca):(KD-\d{6})", t)
        if m:
            out.append(field(m.group(2), m.group(1))); src.append(m.group(2))
        else:
            out.append(t)
    return out, src

def split(cell):
    return [] if cell in ("", "-") else [x.strip() for x in cell.split(";")]

# ------------------------------------------------------- policy questions
# article | lang | message | mustMention (;-separated) | intent override | kind
POLICY = """
shipping-poland | en | how much is delivery to a paczkomat | 11,99 zł
shipping-poland | en | if i order at 11am will it still leave today | 13:00
shipping-poland | en | how long do i have to pick up a parcel from the locker?? | 48 hours
shipping-poland | en | can a pram be sent to a parcel locker | DPD
shipping-poland | en | do i pay extra shipping for a cot, its a big box | 29 zł
shipping-poland | pl | ile kosztuje wysyłka kurierem dpd | 16,99 zł
shipping-poland | pl | od jakiej kwoty jest darmowa dostawa? | 199 zł
shipping-poland | pl | czy mogę odebrać paczkę w żabce | Poczta Polska
shipping-poland | uk | скільки коштує доставка в пачкомат? | 11,99 zł
shipping-poland | pl-en | hej, czy free shipping działa też na kuriera dpd? | full price
shipping-abroad | en | can you ship to germany | 39 zł
shipping-abroad | en | how long does delivery to spain take | 5-8 working days
shipping-abroad | en | do you deliver to the usa | United States
shipping-abroad | en | shipping to the uk, will i have to pay customs? | import VAT
shipping-abroad | en | can i get a pram shipped to portugal | Zone 3
shipping-abroad | en | whats the free shipping threshold for france | 599 zł
shipping-abroad | de | Versand nach Österreich, was kostet das? | 55 zł
shipping-abroad | de | wie lange dauert die Lieferung nach Deutschland | 2-4
shipping-abroad | cs | posíláte do Česka? kolik stojí poštovné | 39 zł
shipping-abroad | sk | koľko dní trvá doručenie na Slovensko | 2-3
shipping-abroad | es | ¿hacéis envíos a España? ¿cuánto cuesta? | 69 zł
shipping-abroad | fr | livraison en France, ça prend combien de jours ? | 4-6
shipping-abroad | it | spedite in Italia? quanto costa la spedizione | 55 zł
shipping-abroad | nl | hoeveel dagen duurt verzending naar Nederland | 3-5
shipping-abroad | pt | vocês enviam para Portugal? quanto custa o envio | 69 zł
shipping-abroad | ro | livrați în România? cât durează livrarea | 5-8
shipping-abroad | lt | ar siunčiate į Lietuvą? kiek kainuoja pristatymas | 39 zł
shipping-abroad | uk | чи відправляєте в Україну і скільки днів доставка | 7-14
shipping-abroad | en | shipping to canada possible | Canada
click-and-collect | en | can i pick up my order in the krakow shop instead of delivery | free of charge
click-and-collect | en | how fast is click & collect ready | 2 hours
click-and-collect | pl | odbiór osobisty - ile dni zamówienie czeka w sklepie | 7 days
click-and-collect | en | can i pay cash when i collect in store | cash | payment
store-krakow | en | where is your shop | Józefińska 14
store-krakow | en | what time do you open on saturday | 10:00
store-krakow | pl | czy w niedzielę jest otwarte? | closed
store-krakow | pl | godziny otwarcia sklepu w krakowie | 10:00-19:00
store-krakow | en | is there parking at the store, coming with a pram and a newborn | parking
store-krakow | uk | де ваш магазин у Кракові? | Józefińska
store-krakow | en | can i try a pram in the shop before buying it | try prams
returns-refunds | en | how long do i have to return a toy | 30 days
returns-refunds | en | can i return a baby bottle i opened but never used | seal
returns-refunds | en | how much is the return label | 12,99 zł
returns-refunds | pl | ile mam czasu na zwrot | 30 days
returns-refunds | pl | czy mogę zwrócić gryzak jeśli otworzyłam opakowanie | seal
returns-refunds | de | wie lange dauert die Rückerstattung bei PayPal | 24 hours
returns-refunds | cs | můžu vrátit hračku, kolik mám dní? | 30 days
returns-refunds | fr | je peux retourner un livre ? combien de jours j'ai | 30 days
returns-refunds | it | posso restituire un seggiolino auto ancora imballato? | 30 days
returns-refunds | en | can i return a puzzle with my sons name engraved on it | not returnable
returns-refunds | en | do you refund the original shipping cost when i return | 11,99 zł
returns-refunds | en | i paid with paypo, how does a return work then | PayPo
returns-refunds | sk | dá sa vrátiť kočík keď som už dala dole ochrannú fóliu | protective film
exchanges | en | can i exchange the stroller for another colour | 30 days
exchanges | en | is the exchange label free | no label cost
exchanges | pl | chcę wymienić puzzle na inne, jak to zrobić | Return items
exchanges | pl | wymiana na droższy produkt, jak dopłacić różnicę | payment link
exchanges | en | if the thing i swap to is cheaper do i get the difference back | 5 working days
exchanges | de | kann ich einen Artikel umtauschen? | 30 days
exchanges | en | can i exchange the same item twice | once
damaged-faulty | en | what should i do if a parcel arrives damaged | 7 days
damaged-faulty | en | the box looks crushed, should i ask the courier for something | protokół szkody
damaged-faulty | pl | jak złożyć reklamację | Report a problem
damaged-faulty | de | was mache ich, wenn ein Teil im Paket fehlt | 14 days
damaged-faulty | uk | що робити, якщо товар прийшов пошкодженим | 7 days
safety-recalls | en | is the owl rattle recalled? | 2311
safety-recalls | en | which batch of the anticolic bottle is affected by the recall | L24-07
safety-recalls | pl | czy łóżeczko sleepy jest wycofane? | March 2024
safety-recalls | en | how do i report an unsafe toy | bezpieczenstwo@kiddo.pl
warranty | en | whats the warranty on the stroller frame | 5 years
warranty | en | is a car seat covered by warranty after a car crash | accident
warranty | pl | jaka gwarancja na wózek | 5 years
warranty | en | warrenty on cots? | 3 years
age-safety-standards | en | what toys are ok for a 3 year old | small parts allowed
age-safety-standards | en | what does the 0-3 sign on a box mean | 36 months
age-safety-standards | en | are your car seats i-size | R129
age-safety-standards | pl | jakie zabawki dla rocznego dziecka | 3.2 cm
age-safety-standards | en | what safety standard do your prams meet | EN 1888
age-safety-standards | en | do you still sell r44 car seats | R44/04
age-safety-standards | en | from what age are 1000 piece puzzles in general | 8+ years
car-seat-fitting | en | do you fit car seats | 30 minutes
car-seat-fitting | en | how much is the car seat fitting if i bought the seat elsewhere | 49 zł
car-seat-fitting | pl | montaż fotelika ile kosztuje | 49 zł
car-seat-fitting | en | can you come to my house to install the isofix seat | do not come to your home
car-seat-fitting | uk | чи можна у вас встановити автокрісло в машину? | Tuesdays and Thursdays
gift-wrapping | en | do you do gift wrapping | 9,99 zł
gift-wrapping | en | can you wrap a pram as a present | 4,99 zł
gift-wrapping | pl | czy mogę dodać bilecik z życzeniami | 200 characters
gift-wrapping | en | if i send a gift to my sister will the price be in the box | never put the invoice
gift-cards | en | how long is a gift card valid | 24 months
gift-cards | en | how do i check my gift card balance | kiddo.pl/karta-podarunkowa
gift-cards | pl | na jaką kwotę można kupić kartę podarunkową | 50 zł
gift-cards | en | how fast does the e-gift card arrive | 15 minutes
gift-cards | en | i lost my gift card, what now | blocked and reissued
baby-registry | en | how do i make a baby registry | Create registry
baby-registry | pl | lista prezentów na baby shower, jak to działa | Create registry
baby-registry | en | is there a discount after the baby shower for stuff nobody bought | 10%
baby-registry | es | cómo creo una lista de nacimiento | Create registry
loyalty-points | en | how many points do i get per zloty | 1 point
loyalty-points | en | how much are 100 points worth | 5 zł
loyalty-points | pl | kiedy wygasają punkty kiddo club | 12 months
loyalty-points | en | do you give birthday points? | 200 points
loyalty-points | en | can i use points and a discount code together | cannot be combined
payment-methods | en | do you take blik | BLIK
payment-methods | en | is cash on delivery available | 1500 zł
payment-methods | en | pay later option? | PayPo
payment-methods | pl | czy mogę zapłacić przy odbiorze | 5 zł
payment-methods | pl | płatność przelewem tradycyjnym, ile mam czasu | 3 working days
payment-methods | de | kann ich mit Kreditkarte bezahlen | Visa
payment-methods | es | aceptáis PayPal? | PayPal
payment-methods | fr | vous acceptez Apple Pay ? | Apple Pay
payment-methods | it | posso pagare a rate? | PayPo
payment-methods | en | why is my order still pending, i paid by normal bank transfer yesterday | 1-2 working days
invoices | en | i need a vat invoice for my company | NIP
invoices | pl | zapomniałam podać NIP, czy mogę jeszcze dostać fakturę | cannot add a NIP
invoices | en | were a german company, can you invoice with 0% vat | VIES
invoices | en | can you correct the company name on my invoice | 3 months
account-password | en | forgot my password | Forgot password?
account-password | en | my reset link doesnt work anymore, how long is it valid | 60 minutes
account-password | pl | nie pamiętam hasła | Forgot password?
account-password | en | my account is locked after too many tries | 30 minutes
account-password | en | how do i change the email on my account | confirmation link
account-password | en | password reset email not arriving | spam
privacy-data | en | how do i delete my account | Delete my account
privacy-data | pl | jak usunąć moje dane osobowe (RODO) | rodo@kiddo.pl
privacy-data | en | why do you keep invoices after i delete my account | 5 years
contact | en | whats your phone number | +48 12 345 67 89
contact | en | chat hours? | 8:00-21:00
contact | en | email address for support? | pomoc@kiddo.pl
contact | uk | який у вас номер телефону? | +48 12 345 67 89
order-changes | en | can i cancel an order myself | pending
order-changes | en | how long after ordering can i still change something | 1 hour | order_status
order-changes | pl | do kiedy mogę anulować zamówienie | pending
order-changes | en | can the address still be changed once its with the courier | carrier's app | order_status
order-changes | de | bis wann kann man eine Bestellung stornieren | pending
promotions | en | can i use two discount codes | one code
promotions | en | do you price match | 7 days
promotions | pl | czy dopasowujecie cenę do ofert z allegro | Allegro
promotions | en | the price dropped 3 days after i bought it, do i get anything | Kiddo Club points
promotions | fr | vous avez des codes promo ? | 10%
"""

# Questions that mention a person, an agent, service, a manager, a complaint, or ask
# about cancel/refund policy, and must be answered, not handed over.
TRAPS = """
contact | en | whats your customer service phone number | +48 12 345 67 89
contact | en | what hours can i reach a real person on the phone | 8:00-18:00
contact | en | customer service email? | pomoc@kiddo.pl
contact | pl | jaki jest numer do biura obsługi klienta | +48 12 345 67 89
contact | pl | w jakich godzinach działa infolinia? nie chcę teraz konsultanta, tylko godziny | 8:00-18:00
contact | de | wie erreiche ich den Kundenservice telefonisch | +48 12 345 67 89
contact | en | who do i contact about a complaint for a faulty toy | reklamacje@kiddo.pl
contact | en | i dont need a person, just tell me your phone number | +48 12 345 67 89
contact | en | does your service team speak english | English
contact | uk | чи є у вас служба підтримки українською? | Ukrainian
contact | es | cuál es el email de atención al cliente | pomoc@kiddo.pl
contact | en | how fast does customer service answer emails | 1 working day
contact | it | qual è il numero del servizio clienti? | +48 12 345 67 89
contact | cs | jaký je email na zákaznický servis | pomoc@kiddo.pl
contact | en | is customer service chat open on sunday? | 8:00-21:00
contact | en | is there a managers email for complaints | reklamacje@kiddo.pl
contact | en | is the chat a real person? just curious what time it closes | 8:00-21:00
contact | pl | czy obsługa klienta mówi po ukraińsku | Ukrainian
contact | nl | is er een klantenservice nummer? | +48 12 345 67 89
contact | en | whats the complaints email address | reklamacje@kiddo.pl
contact | fr | quel est le numéro du service client ? | +48 12 345 67 89
contact | de | welche E-Mail-Adresse hat der Kundendienst? | pomoc@kiddo.pl
contact | pt | qual é o telefone do atendimento ao cliente? | +48 12 345 67 89
returns-refunds | en | do i need to talk to someone to return a gift? | return form
returns-refunds | en | do i have to call customer service to return something or can i do it online | Return items
returns-refunds | en | i dont need an agent, just tell me how many days i have to return | 30 days
returns-refunds | pl | czy muszę dzwonić do konsultanta żeby zrobić zwrot? | Return items
returns-refunds | de | muss ich mit einem Mitarbeiter sprechen, um etwas zurückzugeben? | Return items
returns-refunds | en | whats the refund policy | 14 days
returns-refunds | en | how long does a refund usually take | 14 days
returns-refunds | pl | jak długo czeka się na zwrot pieniędzy? | 14 days
returns-refunds | nl | moet ik iemand bellen om een retour te doen? | Return items
returns-refunds | en | can my grandma return a toy she got as a gift without asking a human | return form
returns-refunds | en | refund to a card takes how long | 1-3 working days
returns-refunds | en | is there a service point in krakow where i can drop off returns | store returns are free
returns-refunds | en | my mother in law is the kind of person who returns everything lol, how long is your return window | 30 days
returns-refunds | sv | behöver jag prata med kundtjänst för att returnera något? | Return items
returns-refunds | pt | preciso falar com alguém para devolver um presente? | return form
returns-refunds | hu | fel kell hívnom az ügyfélszolgálatot a visszaküldéshez? | Return items
returns-refunds | ro | trebuie să vorbesc cu cineva ca să returnez un produs? | Return items
returns-refunds | lt | ar reikia skambinti klientų aptarnavimui, kad grąžinčiau prekę? | Return items
returns-refunds | sk | musím volať zákaznícky servis kvôli vráteniu tovaru? | Return items
returns-refunds | es | no necesito hablar con nadie, solo quiero saber el plazo de devolución | 30 days
returns-refunds | en | no complaint, just wondering if the return label is free | 12,99 zł
order-changes | en | whats your cancellation policy | pending
order-changes | en | how do cancellations work? asking before i place an order | pending
order-changes | en | if i cancel a paid order when do i get the money back | 3 working days
order-changes | pl | jakie są zasady anulowania zamówienia | pending
order-changes | es | cómo funciona la cancelación de un pedido | pending
order-changes | en | just a question, not asking to cancel: until when can an order be cancelled | packed
order-changes | en | can an order be cancelled after it ships or do i have to return it | 30 days
order-changes | cs | jak se ruší objednávka? jen se ptám na postup | My orders
order-changes | en | how do refunds work for a cancelled order | 3 working days
order-changes | it | si può annullare un ordine dopo il pagamento? | paid
payment-methods | en | how do refunds work if im charged twice | 7 working days
payment-methods | en | i see two charges in my banking app for one order, is that normal? no need for a person yet | pre-authorisation
payment-methods | pl | widzę dwa obciążenia za jedno zamówienie, co to znaczy? | 7 working days
payment-methods | de | Wie funktioniert die Erstattung, wenn ich doppelt belastet wurde? | 7 working days
payment-methods | es | cómo funcionan los reembolsos si me cobran dos veces | 7 working days
payment-methods | pl | jak działa zwrot, jeśli pobrano mi dwa razy? | 7 working days
payment-methods | en | does a manager have to approve pay later or is it automatic | PayPo
payment-methods | de | welche Zahlungsmethoden gibt es? brauche keinen Mitarbeiter, nur die Liste | BLIK
payment-methods | fr | je ne veux pas parler à un agent, quels sont vos moyens de paiement ? | BLIK
payment-methods | en | my husband is a human too and wants to know if paypal works lol | PayPal
click-and-collect | en | can the service desk in the store take blik when i collect | BLIK | payment
damaged-faulty | en | how do i file a complaint about a broken toy | Report a problem
damaged-faulty | en | complaint procedure - how long do you have to answer | 14 days
damaged-faulty | pl | reklamacja - ile macie czasu na odpowiedź? | 14 days
damaged-faulty | de | wie lange dauert die Bearbeitung einer Reklamation | 14 days
damaged-faulty | en | what counts as a complaint and whats just normal wear | normal wear
damaged-faulty | uk | як подати рекламацію? | Report a problem
damaged-faulty | en | hypothetically if a parcel arrives damaged, who pays shipping for the replacement | cover all shipping
car-seat-fitting | en | is there a person in the store who can check my car fits the seat before i buy | ask in the store
car-seat-fitting | en | can a human check that my car seat is fitted right? what days | Tuesdays and Thursdays
car-seat-fitting | en | does the fitting service cost anything | 49 zł
car-seat-fitting | pl | czy w sklepie ktoś pomoże zamontować fotelik? ile to trwa | 30 minutes
gift-wrapping | en | does a real person wrap the gifts? how much is it | 9,99 zł
gift-wrapping | it | non serve un operatore, quanto costa la confezione regalo? | 9,99 zł
invoices | en | my manager needs an invoice, where do we put the NIP | NIP
invoices | pl | kierowniczka przedszkola pyta o fakturę na NIP, jak to zrobić | NIP
invoices | en | can the service team add my NIP after ordering? | cannot add a NIP
warranty | en | warranty service for prams, how long does it take | 21 days
warranty | en | not a complaint, just asking: how long is the warranty on car seats | 3 years
click-and-collect | en | can another person pick up my click and collect order | pick-up code
shipping-abroad | en | agent 007 here lol, do you ship to norway | 119 zł
shipping-abroad | de | ich brauche keinen Menschen, nur: wie lange dauert der Versand nach Österreich? | 3-5
shipping-abroad | cs | nepotřebuju operátora, jen kolik stojí doprava do Česka | 39 zł
shipping-poland | pl | nie potrzebuję konsultanta, powiedz tylko ile kosztuje paczkomat | 11,99 zł
shipping-poland | en | no need for an agent - whats the free shipping minimum | 199 zł
shipping-poland | en | which courier service do you use in poland | InPost
store-krakow | uk | не потрібен оператор, просто скажіть години роботи магазину | 10:00-19:00
baby-registry | en | the registry service, do my guests need an account | don't need an account
safety-recalls | en | recall service: do i need my receipt? | receipt
safety-recalls | en | does a person actually read safety reports or is it automated | 2 working days
exchanges | fr | faut-il parler à quelqu'un pour faire un échange ? | Exchange
exchanges | en | can the staff in the shop do exchanges on the spot | on the spot
exchanges | it | devo parlare con qualcuno per cambiare taglia? | Exchange
privacy-data | en | i dont want to speak to anyone, how do i delete my account | Delete my account
gift-cards | nl | ik hoef geen medewerker, hoe lang is een cadeaubon geldig? | 24 months
gift-cards | en | can a human being use more than one gift card per order haha | 3 gift cards
promotions | en | do i have to speak to a person to get a price match | 7 days
account-password | en | do i need to contact customer service to reset my password or can i do it myself | Forgot password?
account-password | pl | nie chcę pisać do obsługi, jak sama zmienię hasło? | Forgot password?
loyalty-points | en | is there a person i should ask about points or can you tell me when they expire | 12 months
"""

for block, kind in ((POLICY, ""), (TRAPS, "neg")):
    for i, r in enumerate(rows(block)):
        art, lang, msg, mm = r[:4]
        intent = r[4] if len(r) > 4 and r[4] else ART_INTENT[art]
        k = kind or ("neg" if art in ("returns-refunds", "order-changes", "exchanges") else "")
        add(POOL[(i * 7 + len(kind)) % len(POOL)], msg, False, intent, art, split(mm), lang=lang, kind=k)

# ------------------------------------------------------- own orders
# customer | lang | order ids (- = those in the message) | fields (st status, tn tracking, ca carrier, id) | message
OWN = """
u101 | en | - | st;tn | where is my order KD-204511
u101 | en | - | tn | tracking number for KD-204511?
u101 | en | KD-204519 | st | has my stroller been delivered
u102 | en | - | st | status of KD-204527
u102 | en | - | st | KD-204533 has it shipped yet
u103 | en | - | tn;ca | wheres my parcel KD-204540
u103 | en | - | st | what happened to order KD-204548, i dont see it in progress anymore
u104 | en | - | st | was KD-204559 refunded
u104 | en | - | st;ca | KD-204552 delivered?
u105 | en | - | ca | which courier has KD-204563
u105 | en | KD-204570 | st | is my high chair order paid?
u106 | en | - | tn;ca | cot order KD-204581 tracking pls
u106 | en | - | st | status of order KD-204577
u107 | en | - | st | KD-204586 why is it still pending
u107 | en | - | st | did the bear and the stacker arrive? order KD-204590
u108 | en | - | ca | KD-204595 which carrier
u108 | en | - | st | order KD-204602 status?
u109 | en | - | tn | tracking for KD-204608
u109 | en | - | st | whats happening with KD-204615
u110 | en | - | st;tn | KD-204621 where is it
u110 | en | - | st | is KD-204628 shipped
u101 | en | KD-204511;KD-204519 | id | what orders do i have with you
u106 | en | KD-204581 | st | is my cot on its way
u101 | pl | - | tn | gdzie jest moja paczka KD-204511
u103 | pl | - | tn | numer przesyłki do zamówienia KD-204540?
u106 | pl | - | tn | kiedy przyjdzie łóżeczko, zamówienie KD-204581
u108 | pl | - | ca | jakim kurierem idzie KD-204595
u110 | pl | - | tn | status zamówienia KD-204621 prosze
u104 | pl | - | tn | czy zamówienie KD-204552 zostało dostarczone?
u102 | pl | - | st | KD-204527 czemu jeszcze nie wysłane
u103 | de | - | tn | Wo ist meine Bestellung KD-204540? Ich wohne in Berlin
u110 | cs | - | tn | kde je moje objednávka KD-204621
u105 | uk | - | tn | де моє замовлення KD-204563?
u109 | pl-en | - | tn | hej KD-204608 doszło?? tracking pls
u106 | es | - | tn | dónde está mi pedido KD-204577
u101 | fr | - | tn | où en est ma commande KD-204519 ?
u105 | it | - | tn | stato dell'ordine KD-204563?
u110 | sk | - | tn | kedy príde moja objednávka KD-204621
u107 | pl | KD-204590 | tn | czy miś już doszedł do paczkomatu?
u108 | uk | - | tn | відстежити посилку KD-204595
"""
for cust, lang, ids, fields, msg in rows(OWN):
    oids = split(ids) or ORDER_RE.findall(msg)
    mm = [field(o, f) for o in oids for f in split(fields)]
    add(cust, msg, False, "order_status", None, mm, lang=lang, src=oids)

# someone else's order id, or one that does not exist: answer "not found", leak nothing
OTHER = """
u101 | en | where is KD-204563
u102 | en | tracking for order KD-204540 please
u104 | en | can you tell me the status of KD-204581, its my neighbours
u107 | en | KD-204621 status
u109 | en | my friend ordered KD-204511, can u tell me where it is
u103 | pl | gdzie jest paczka KD-204595
u110 | de | Status von KD-204577?
u108 | en | KD-209999 where is it
u105 | en | order KD-204000 tracking?
g301 | en | wheres order KD-204519
u106 | en | is KD-204590 delivered yet
u102 | pl | podaj numer śledzenia KD-204608, to zamówienie mojej siostry
"""
for cust, lang, msg in rows(OTHER):
    mnm = [ORDERS[o]["trackingNumber"] for o in ORDER_RE.findall(msg) if o in ORDERS]
    add(cust, msg, False, "order_status", None, (), mnm, lang=lang, kind="refuse")

# ------------------------------------------------------- products
# sku | lang | message | mustMention
PROD = """
KD-PR-X3 | en | how much is the stroller x3 | 2899
KD-PR-X3 | en | how heavy is the stroller x3 | 9.8 kg
KD-PR-X3 | es | el Stroller X3 incluye capazo? | carrycot
KD-PR-X3 | sv | vad kostar Stroller X3? | 2899
KD-PR-BL2 | en | is the buggy lite 2 ok as cabin luggage on a plane | cabin
KD-PR-BL2 | pl | ile kosztuje wózek buggy lite 2 | 1199
KD-PR-BL2 | nl | is de Buggy Lite 2 met één hand op te vouwen? | one hand
KD-CS-360 | en | saferide 360 price? | 1499
KD-CS-360 | en | is the saferide 360 isofix | ISOFIX
KD-CS-360 | de | ist der SafeRide 360 nach i-Size zugelassen? | R129
KD-CS-360 | en | will the saferide 360 fit my son, hes 100 cm | 105 cm
KD-CS-360 | hu | mennyibe kerül a SafeRide 360? | 1499
KD-CS-B150 | en | when is the booster plus 100-150 back in stock | June
KD-CS-BAG | en | do you sell a bag for flying with a car seat | 129
KD-WT-42 | en | wooden train set 42 what wood is it made of | beech
KD-WT-42 | fr | le train en bois, c'est à partir de quel âge ? | 2 years
KD-WT-RS | en | my daughter is 18 months, is the rainbow stacker ok for her | 12 months
KD-WT-RS | lt | kiek kainuoja Rainbow Stacker? | 89
KD-BR-500 | pl | czy klocki blokimix 500 są kompatybilne z lego | compatible
KD-BR-500 | en | is 149 the price of the bricks 500? | 149
KD-BR-FS3 | en | blokimix fire station how many pieces | 612
KD-BR-FS3 | en | what age is the fire station 3in1 for | 6+
KD-PL-TYM | en | can the teddy bear go in the washing machine | machine washable
KD-PL-TYM | uk | скільки коштує ведмедик Тимек? | 79
KD-PL-OWL | en | can i still buy the owl rattle | withdrawn
KD-GM-P1000 | en | how big is puzzle 1000 when finished | 68 x 48 cm
KD-GM-P1000 | cs | kolik stojí puzzle 1000 Kraków? | 59
KD-GM-P60 | ro | Puzzle 60 pentru ce vârstă este? | 4+
KD-GM-DR | en | dragon race how many players | 2-5 players
KD-GM-DR | en | does dragon race come with english rules | English
KD-GM-MEM | pt | o Memory Forest 48 é para que idade? | 3+
KD-BK-BED | en | how many pages is bedtime stories for little bears | 96 pages
KD-BK-SMOK | pl | czy książka o smoku wawelskim jest dwujęzyczna | Polish-English
KD-BB-260 | en | is the anticolic bottle bpa free | BPA-free
KD-BB-G150 | en | the glass bottles, what size are they | 150 ml
KD-TT-LEAF | en | is the leaf teether dishwasher safe | dishwasher
KD-TT-COOL | en | can the cooling teether ring go in the freezer | fridge
KD-CT-1260 | en | does the cot sleepy come with a mattress | mattress not included
KD-CT-1260 | pl | jaki materac pasuje do łóżeczka sleepy | 120x60
KD-HC-7 | it | quanto costa il seggiolone Grow 7in1? | 749
KD-HC-7 | en | high chair grow 7in1 from what age | 6 months
KD-SG-EZ | en | is the safety gate ok for the top of the stairs | top of stairs
KD-SG-EZ | de | für welche Breite passt das Schutzgitter Easy Close | 75-85 cm
"""
for i, (sku, lang, msg, mm) in enumerate(rows(PROD)):
    add(POOL[(i * 4) % len(POOL)], msg, False, "product_info", None, split(mm), lang=lang, src=[sku])

# ------------------------------------------------------- small talk and outside the shop
# intent | lang | message | mustNotMention
SMALL = """
greeting | en | hi
greeting | en | hello there!
greeting | en | hey kiddo
greeting | pl | dzień dobry
greeting | pl | cześć
greeting | de | Hallo
greeting | cs | ahoj
greeting | uk | привіт
greeting | es | hola
greeting | fr | bonjour
greeting | it | buongiorno
thanks | en | thanks!
thanks | en | thx a lot, that helped
thanks | pl | dziękuję bardzo
thanks | de | danke schön
thanks | cs | díky moc
thanks | uk | дякую
thanks | es | muchas gracias
thanks | fr | merci beaucoup
goodbye | en | bye
goodbye | en | ok see ya
goodbye | pl | do widzenia
goodbye | de | tschüss
goodbye | sk | dovidenia
other | en | whats the weather in krakow tomorrow | Józefińska
other | en | who won the legia match yesterday
other | en | recipe for pierogi ruskie pls
other | en | can you help with my sons math homework, what is 7 x 8
other | pl | jaka będzie pogoda w weekend w krakowie | Józefińska
other | pl | kto wygrał mecz wisła - cracovia
other | pl | przepis na naleśniki z serem
other | de | wie wird das Wetter morgen in Berlin
other | en | who is the president of france | 4-6
other | en | tell me a joke
other | en | best time to visit wawel castle? | Józefińska
other | cs | kolik je hodin v New Yorku
other | es | ¿quién ganó el mundial 2022?
other | en | write my essay about dinosaurs for school pls
other | en | how do i get rid of a cold fast
other | en | whats the capital of australia | forwarding address
other | en | recommend a good series on netflix
other | uk | яка погода у Львові?
other | it | chi ha vinto la serie A l'anno scorso
other | pl | pomożesz mi z zadaniem z matmy dla córki? 3/4 + 1/2
other | en | how many calories in a banana
"""
for i, r in enumerate(rows(SMALL)):
    add(POOL[(i * 3) % len(POOL)], r[2], False, r[0], None, (), split(r[3]) if len(r) > 3 else (),
        lang=r[1])

# ------------------------------------------------------- single-turn hand-overs
# intent | customer | lang | message
ESC = """
human_request | u101 | en | i want to talk to a person
human_request | u102 | en | human pls
human_request | u103 | en | agent
human_request | g301 | en | can i speak to someone real
human_request | u104 | en | get me a manager please
human_request | u105 | en | is there anyone there who isnt a bot? i need a real person
human_request | u106 | en | put me through to customer service please
human_request | g302 | en | connect me to a live agent
human_request | u107 | en | id rather sort this out with one of your staff
human_request | u108 | en | rep please
human_request | u109 | en | can someone from your team contact me
human_request | u110 | en | talk to human
human_request | g303 | en | operator
human_request | u110 | en | need to speak with a supervisor about my order
human_request | u102 | en | hello?? anyone real there? i need help from a person
human_request | u101 | pl | chcę rozmawiać z konsultantem
human_request | u102 | pl | poproszę z człowiekiem
human_request | u103 | pl | czy mogę porozmawiać z kimś z obsługi?
human_request | u104 | pl | daj mi konsultanta
human_request | g304 | pl | proszę o kontakt z pracownikiem sklepu
human_request | u105 | pl | chce z czlowiekiem gadac a nie z botem
human_request | g301 | pl | połączcie mnie z kimś kompetentnym
human_request | u106 | de | Ich möchte mit einem Mitarbeiter sprechen
human_request | u107 | de | bitte einen echten Menschen
human_request | u101 | de | Gibt es hier einen Menschen? Ich brauche einen Menschen.
human_request | u108 | cs | chci mluvit s operátorem
human_request | u109 | sk | chcem hovoriť s človekom
human_request | u104 | sk | môžete ma prepojiť na zákaznícky servis?
human_request | u110 | uk | з'єднайте мене з оператором
human_request | u110 | uk | можна поговорити з живою людиною?
human_request | g305 | es | quiero hablar con una persona
human_request | u101 | fr | je voudrais parler à un conseiller
human_request | u102 | it | vorrei parlare con un operatore
human_request | u103 | nl | ik wil graag een medewerker spreken
human_request | u104 | pt | quero falar com um atendente
human_request | u105 | sv | jag vill prata med en människa
human_request | u106 | hu | ügyintézővel szeretnék beszélni
human_request | u107 | ro | vreau să vorbesc cu un operator
human_request | u108 | lt | noriu kalbėti su žmogumi
human_request | u109 | pl-en | hej can i talk to ktoś z obsługi pls
human_request | u103 | pl-en | potrzebuję human support asap
human_request | u101 | en | can you call me back on 601 234 567
human_request | u102 | en | please have someone ring me, im at work till 5
human_request | u103 | pl | proszę o telefon zwrotny, 512 345 678
human_request | u104 | pl | czy ktoś może do mnie oddzwonić?
human_request | u105 | de | Können Sie mich bitte zurückrufen?
human_request | u106 | uk | передзвоніть мені, будь ласка
human_request | u107 | en | callback please
human_request | g301 | en | id like a call back from someone tomorrow morning
human_request | u108 | en | how much is shipping to germany? actually just let me talk to someone
human_request | u109 | en | do you have the stroller x3 in grey? id like to talk to a sales person about it
human_request | u110 | pl | ile kosztuje wysyłka do czech, a w ogóle to wolę pogadać z kimś
human_request | u101 | en | whats the return window, and can a human call me about my return
human_request | u102 | de | Wie lange dauert die Lieferung? Ich möchte lieber mit jemandem sprechen.
human_request | g302 | en | can you tell me about car seats, or better put me through to a real person
human_request | u103 | fr | vous livrez en Belgique ? je préfère parler à quelqu'un
human_request | u104 | es | ¿tenéis sillas de coche? mejor pásame con una persona
human_request | u105 | pl | mam pytanie o fakturę, poproszę konsultanta
human_request | u106 | en | question about my order, i need a human though
human_request | u107 | cs | máte dárkové poukazy? radši bych mluvila s člověkem
human_request | u108 | it | quanto costa la spedizione in Italia? comunque voglio parlare con un operatore
human_request | u109 | en | this really needs someone from your staff to look at it
human_request | u110 | en | id like to discuss this with somebody who can actually make decisions
human_request | u101 | pl | wolałabym to załatwić z kimś z was
human_request | u102 | en | is it possible to be transferred to your team?
human_request | u103 | de | kann mich jemand von Ihnen anrufen
human_request | u104 | en | could a colleague of yours take over please
human_request | u106 | en | can i get a real person on the phone today, its about the cot
human_request | g302 | pl | halo, jest tu ktoś żywy? potrzebuję pomocy człowieka
complaint | u102 | en | i keep getting the same answer and my problem is still not solved
return_refund | u106 | pl | chcę oddać łóżeczko z KD-204581 i dostać zwrot pieniędzy, proszę to załatwić
complaint | u105 | en | this is the third time im writing and nobody helps me
complaint | u106 | en | i am really fed up, my complaint from two weeks ago still has no answer
complaint | u107 | pl | jestem bardzo niezadowolona, nikt mi nie odpisuje od tygodnia
complaint | u108 | de | Ich bin wirklich verärgert, niemand kümmert sich um meine Reklamation
complaint | u109 | en | absolutely unacceptable service, sort this out now
complaint | u110 | en | your bot keeps going in circles and i still have no answer
complaint | u101 | uk | я вже втретє пишу і ніхто не відповідає
complaint | u102 | es | estoy muy molesta, llevo una semana esperando respuesta
complaint | u107 | en | ive explained this three times already and i still dont have my bear
complaint | u108 | nl | ik wacht al twee weken op antwoord, dit is echt niet oké
payment | u105 | en | i was charged twice for KD-204563 and its been 10 days, please refund one
payment | u105 | en | double charge on my card for the high chair order, two weeks already and both are still there
payment | u102 | pl | pobraliście mi dwa razy za zamówienie KD-204533, proszę o zwrot jednej kwoty
payment | u103 | de | Sie haben mir für KD-204540 zweimal abgebucht, bitte erstatten Sie eine Zahlung
payment | u110 | en | blik took the money twice for KD-204628 and the second one is still there after 9 days
payment | u110 | cs | strhli jste mi peníze dvakrát za objednávku KD-204621, prosím o vrácení
payment | u106 | en | you charged me 928 zł twice for the cot, please fix
payment | u108 | hu | kétszer vonták le az összeget a kártyámról, kérem a visszatérítést
payment | u103 | en | i cancelled KD-204548 but you still took 50,99 zł from my account
payment | u109 | en | order KD-204615 was cancelled yet my card was charged 200 zł
payment | u103 | pl | anulowałam zamówienie KD-204548 a pieniądze i tak zeszły z konta
payment | u109 | en | why was i charged after cancelling?? KD-204615, i want it back
payment | u109 | uk | я скасувала замовлення KD-204615, але гроші все одно списали
return_refund | u102 | en | found the saferide 360 for 1399 zł at another polish shop, please refund me the difference for KD-204533
return_refund | u101 | en | price match please: the stroller x3 is 2699 zł at another shop, i got mine from you last week KD-204519
return_refund | u105 | de | Preisanpassung bitte: der Hochstuhl ist bei einem anderen Shop 100 zł günstiger, Bestellung KD-204570
return_refund | u109 | pl | znalazłam booster plus taniej w innym sklepie, proszę o zwrot różnicy za KD-204608
payment | u107 | en | paypal says i paid but KD-204586 still says pending
payment | u102 | pl | przelewy24 pokazuje że zapłacone, a u was zamówienie KD-204527 jest nieopłacone
payment | u102 | en | blik confirmed the payment on my phone but your site says KD-204527 is unpaid
payment | u107 | de | PayPal zeigt bezahlt, aber meine Bestellung KD-204586 ist noch offen
payment | u107 | en | my bank shows the money left my account 3 days ago, the buggy order still isnt paid
payment | u107 | es | pagué con tarjeta hace 3 días y el pedido KD-204586 sigue pendiente
account | u110 | en | theres an order KD-204628 on my account that i never made
account | u108 | pl | w moim koncie jest zamówienie KD-204602, którego nie składałam
account | u102 | en | someone ordered a car seat on my account, it wasnt me
account | u106 | de | In meinem Konto ist eine Bestellung, die ich nicht aufgegeben habe
payment | u101 | en | my gift card had 150 zł left and now it shows 0, i didnt use it
payment | u104 | pl | zniknęło saldo z karty podarunkowej, było 200 zł
payment | u108 | en | the store credit from my return is gone from my account
payment | u103 | de | Mein Gutscheinguthaben ist einfach verschwunden
payment | g303 | en | gift card balance is wrong, it should be 85 zł not 0
payment | u106 | fr | le solde de ma carte cadeau a disparu
account | u105 | en | i asked you to delete my data 6 weeks ago and my account still works and you still email me
account | u107 | pl | prosiłam o usunięcie konta ponad miesiąc temu i dalej istnieje
account | u103 | de | Ich habe vor zwei Monaten die Löschung meiner Daten beantragt und nichts ist passiert
account | u109 | en | deleted my account in january but youre still sending me newsletters, please have someone fix this
return_refund | u101 | en | i want to exchange the bedtime stories book from KD-204511 for the dragon of wawel book
return_refund | u105 | pl | chcę wymienić puzzle 1000 z zamówienia KD-204563 na puzzle 60
return_refund | u104 | en | can you swap the leaf teether in KD-204552 for the cooling one please
return_refund | u103 | de | bitte tauschen Sie die Bausteine aus Bestellung KD-204540 gegen die Feuerwache
complaint | u101 | en | tracking says delivered for KD-204519 but i never got it
complaint | u107 | en | KD-204590 is marked delivered, nothing in my locker
complaint | u104 | pl | status dostarczone, a paczki nie ma, KD-204552
complaint | u106 | de | Laut Tracking zugestellt, aber nichts angekommen, Bestellung KD-204577
complaint | u109 | uk | пише доставлено, але я нічого не отримала, KD-204608
complaint | u107 | en | inpost says delivered but the locker was empty when i opened it
return_refund | u104 | en | my refund for KD-204559 was promised within 14 days and its been a month
return_refund | u108 | pl | zwrot za KD-204602 miał być do 14 dni, minęły 3 tygodnie i nic
return_refund | u108 | en | still no refund for KD-204602, you said 5 working days, its been 4 weeks
return_refund | u104 | de | Meine Rückerstattung für KD-204559 ist nach 4 Wochen immer noch nicht da
return_refund | u108 | es | no me ha llegado el reembolso del pedido KD-204602 y ya pasó el plazo
return_refund | u104 | en | order says refunded but the money is not on my card after 3 weeks KD-204559
return_refund | u109 | en | please refund KD-204608, the booster didnt fit our car and i sent it back 4 weeks ago
complaint | u107 | en | ordered a teddy bear and got a bunny in KD-204590
complaint | u105 | pl | dostałam złe puzzle w zamówieniu KD-204563
complaint | u101 | en | wrong colour stroller arrived, i ordered grey KD-204519
complaint | u106 | de | falscher Artikel geliefert, Bestellung KD-204577
complaint | u104 | en | you sent me 150 ml bottles instead of the 260 ml ones in KD-204552
complaint | u109 | fr | j'ai reçu le mauvais siège auto, commande KD-204608
complaint | u106 | pl | przyszły 2 książki zamiast 3, KD-204577
complaint | u106 | en | the cot from KD-204581 arrived with a cracked side rail, i need a new one
complaint | u101 | en | stroller x3 came with a bent wheel, please send a replacement
complaint | u109 | pl | fotelik z KD-204608 przyszedł z pękniętą skorupą, proszę o wymianę
complaint | u107 | de | Der Stapelturm kam zerbrochen an, bitte schicken Sie Ersatz
complaint | u101 | en | train set arrived with broken track pieces, can you send a new set
complaint | u106 | it | i libri sono arrivati strappati, potete mandarne altri? KD-204577
complaint | u104 | cs | lahve přišly prasklé, chci výměnu
complaint | u105 | en | the puzzle box was empty inside, KD-204563, please send the puzzle
order_status | u102 | en | please change the delivery address for KD-204527 to ul. Długa 5, Kraków
order_status | u102 | pl | proszę zmienić adres dostawy zamówienia KD-204533
order_status | u105 | en | i moved, can you send KD-204570 to my new address
order_status | u110 | de | bitte ändern Sie die Lieferadresse für KD-204628
order_status | u107 | en | wrong postcode on KD-204586, pls fix it to 30-001
order_status | u105 | uk | змініть, будь ласка, адресу доставки для KD-204570
order_status | u110 | en | can you add a second teether to KD-204628 before it ships
order_status | u102 | pl | w zamówieniu KD-204527 zamieńcie grę dragon race na memory
order_status | u105 | en | please change the high chair colour in KD-204570 to grey
order_status | u110 | pl | dodajcie proszę do zamówienia KD-204628 jeszcze jeden gryzak
return_refund | u102 | en | cancel KD-204527 please
return_refund | u107 | en | i want to cancel my order KD-204586
return_refund | u105 | pl | proszę anulować zamówienie KD-204570
return_refund | u110 | de | Bitte stornieren Sie meine Bestellung KD-204628
return_refund | u102 | es | quiero cancelar mi pedido KD-204533
return_refund | u102 | en | changed my mind about the car seat, cancel it
return_refund | u105 | fr | annulez ma commande KD-204570 s'il vous plaît
return_refund | u110 | cs | zrušte prosím objednávku KD-204628
return_refund | u107 | nl | annuleer mijn bestelling KD-204586 alstublieft
return_refund | u101 | en | i want my money back for KD-204511
return_refund | u105 | pl | chcę zwrot pieniędzy za KD-204563
return_refund | u110 | pt | quero cancelar o pedido KD-204628
return_refund | u105 | sv | jag vill avbeställa min order med barnstolen, snälla hjälp
complaint | u103 | en | i have the owl rattle from batch 2311, i want my refund under the recall
complaint | g304 | pl | mam grzechotkę sowa z partii 2312, proszę o zwrot pieniędzy
complaint | u104 | en | my anticolic bottle lid is batch L24-07, please send me the replacement valves
complaint | u106 | en | our cot sleepy is from january 2024, please send the repair kit
complaint | g305 | de | Ich habe die Eulenrassel aus Charge 2311, bitte erstatten Sie mir den Preis
account | u101 | en | my account shows someone elses address and phone number
account | u108 | pl | ktoś zmienił e-mail na moim koncie i nie mogę się zalogować
account | u105 | en | my kiddo club points disappeared, i had 1200 and now 0
account | u103 | en | my account got merged with my sisters somehow, i see her orders
account | u102 | en | someone is logged into my account from another country, please lock it
"""
for intent, cust, lang, msg in rows(ESC):
    add(cust, msg, True, intent, None, lang=lang)

# ------------------------------------------------------- multi-turn (the last message is judged)
# E/N | intent | article | customer | lang | mustMention ($st:ID etc.) | extra sources | msg // msg ...
MULTI = """
E | complaint | - | u101 | en | - | - | where is my order KD-204511 // its said that for 5 days, its not moving // you keep saying the same thing
E | complaint | - | g301 | en | - | - | how do i return a bottle // i did that, there is no return button for it // this isnt helping
E | complaint | - | u102 | en | - | - | my discount code doesnt work // i typed it exactly like that // still nothing, same error // ok this is going nowhere
E | complaint | - | u108 | pl | - | - | gdzie jest moja paczka KD-204595 // to już wiem // pytam trzeci raz i dalej nic nie wiem
E | complaint | - | u104 | pl | - | - | nie mogę się zalogować // zrobiłam reset hasła, link nie działa // dalej nie działa, to mi nic nie pomaga
E | complaint | - | u103 | de | - | - | Wo ist mein Paket KD-204540? // Das haben Sie schon gesagt // Sie wiederholen sich nur
E | complaint | - | g302 | en | - | - | how do refunds work // yeah but i returned it 3 weeks ago // still nothing. ive asked this three times now
E | complaint | - | u109 | en | - | - | is the booster plus in stock // you said june last month too // im getting nowhere here
E | complaint | - | u106 | es | - | - | dónde está mi pedido KD-204581 // eso ya lo sé // no me estás ayudando nada
E | complaint | - | g303 | en | - | - | my gift card isnt accepted at checkout // i entered the pin too // same error again // honestly this is a waste of my time
E | complaint | - | u105 | uk | - | - | де моє замовлення KD-204563? // це я вже бачила // ви повторюєте одне й те саме
E | complaint | - | u101 | en | - | - | hi // my pram wheel squeaks // i cleaned it like the manual says, still squeaks // youre not understanding me at all
E | complaint | - | u110 | cs | - | - | kde je balík KD-204621 // to už vím // pořád to samé, vůbec mi to nepomáhá
E | complaint | - | g304 | fr | - | - | comment retourner un article ? // je l'ai déjà fait // ça ne m'aide pas du tout
E | complaint | - | u107 | en | - | - | why is KD-204586 pending // i paid 2 days ago // i already told you i paid, why do you keep repeating the same thing
E | complaint | - | g305 | pl | - | - | ile trwa zwrot pieniędzy // minęło już 20 dni // powtarzam po raz trzeci, nie dostałam pieniędzy
E | complaint | - | u103 | it | - | - | dov'è il mio ordine KD-204540? // lo so già // non mi state aiutando
E | complaint | - | u102 | en | - | - | why hasnt KD-204527 shipped // but i paid with blik // thats the same answer as before. not helpful
N | order_status | - | u101 | en | $ca:KD-204511 | - | where is KD-204511 // which courier is it with?
N | order_status | - | u103 | en | $tn:KD-204540 | - | status of my order KD-204540 // and the tracking number?
N | order_status | - | u106 | en | $tn:KD-204581 | - | hi // is my cot on the way? KD-204581 // whats the tracking number
N | order_status | - | u110 | en | $ca:KD-204621 | - | KD-204621? // who is delivering it
N | order_status | - | u108 | pl | $tn:KD-204595 | - | cześć // co z zamówieniem KD-204595 // a numer śledzenia?
N | order_status | - | u103 | de | $ca:KD-204540 | - | Bestellung KD-204540 // welcher Paketdienst?
N | order_status | - | u105 | en | $st:KD-204570 | - | hi, wheres KD-204563 // and my other order, the high chair?
N | order_status | - | u109 | en | $st:KD-204615 | - | did KD-204608 arrive // ok and what about the other one, KD-204615?
N | order_status | - | u104 | en | $st:KD-204552 | - | was KD-204559 refunded // and KD-204552?
N | order_status | - | u107 | pl | $tn:KD-204590 | - | hej // zamówienie KD-204590 // a jaki numer przesyłki?
N | thanks | - | u107 | en | - | - | KD-204590 status // thanks!
N | thanks | - | g301 | en | - | - | how much is a paczkomat // ok thanks!
N | thanks | - | u104 | pl | - | - | ile trwa dostawa kurierem // dzięki!
N | goodbye | - | g302 | en | - | - | wheres your store // ok bye
N | goodbye | - | u106 | de | - | - | Wie lange dauert der Versand nach Deutschland? // alles klar, tschüss
N | thanks | - | u109 | uk | - | - | скільки коштує доставка в Україну? // дякую!
N | goodbye | - | u102 | en | - | - | whats the phone number // bye!
E | return_refund | - | u102 | en | - | - | status of KD-204527 // ok please cancel it then
E | order_status | - | u105 | en | - | - | KD-204570 shipped yet? // great, can you change the address to my work address
E | return_refund | - | u110 | pl | - | - | co z KD-204628 // to proszę je anulować
E | return_refund | - | u107 | en | - | - | is KD-204586 paid // then cancel it, ill buy it in the store
E | return_refund | - | u102 | de | - | - | Ist KD-204533 schon verschickt? // Dann bitte stornieren
E | order_status | - | u101 | en | - | - | where is KD-204511 // can you send it to my mums address instead
E | return_refund | - | u105 | en | - | - | hi // i want to cancel my order // the high chair one
N | shipping | shipping-abroad | g303 | en | 39 zł | - | how much is shipping in poland // and to germany?
N | shipping | shipping-abroad | u101 | en | 3-5 | - | do you ship to austria // how long does it take
N | shipping | shipping-poland | u102 | pl | 16,99 zł | - | ile kosztuje paczkomat // a kurier dpd?
N | return_refund | returns-refunds | u103 | en | seal | - | how long do i have to return stuff // what about an opened teether
N | return_refund | returns-refunds | g304 | en | 12,99 zł | - | can i return a toy i bought last week // how much is the label
N | payment | payment-methods | u104 | en | PayPo | - | what payment methods do you have // is there pay later
N | payment | gift-cards | u105 | en | 24 months | - | do you have gift cards // how long are they valid
N | other | store-krakow | g305 | en | 10:00-16:00 | - | where is your shop // and opening hours on saturday?
N | shipping | shipping-abroad | u106 | de | 399 zł | - | Versand nach Deutschland? // und ab wann ist er kostenlos?
N | product_info | warranty | u107 | en | 3 years | - | whats the warranty on a stroller // and on car seats
N | account | account-password | u108 | pl | 60 minutes | - | jak zresetować hasło // ile ważny jest link?
N | payment | promotions | u109 | en | Allegro | - | do you price match // what about allegro
N | other | loyalty-points | u110 | en | 12 months | - | how do loyalty points work // when do they expire
N | shipping | shipping-abroad | g301 | cs | 2-3 | - | posíláte na Slovensko? // a za kolik dní to dorazí?
N | payment | invoices | u101 | en | cannot add a NIP | - | can i get an invoice // i forgot to enter my nip, can i add it now
N | product_info | car-seat-fitting | u102 | en | 49 zł | - | do you do car seat fitting // how much if i didnt buy the seat from you
N | other | store-krakow | u103 | uk | closed | - | де ваш магазин? // а в неділю працюєте?
N | return_refund | exchanges | u104 | fr | payment link | - | je peux échanger un article ? // et si le nouveau est plus cher ?
N | shipping | click-and-collect | u105 | pl | 7 days | - | czy mogę odebrać zamówienie w sklepie? // ile dni będzie tam czekać
N | return_refund | order-changes | g302 | en | 3 working days | - | can i cancel before it ships? just asking // and how quickly is the money back
N | product_info | - | u106 | en | 2899 | KD-PR-X3 | tell me about the stroller x3 // how much is it
N | product_info | - | g303 | en | June | KD-CS-B150 | do you have a booster seat for a 5 year old // when is it back in stock
N | product_info | - | u108 | en | 40-105 cm | KD-CS-360 | is the saferide 360 in stock // what height is it for
N | product_info | - | u109 | pl | 6+ | KD-BR-FS3 | macie klocki blokimix? // od ilu lat jest ta straż pożarna
N | product_info | - | u110 | en | 2-5 players | KD-GM-DR | the dragon race game // how many people can play
N | product_info | - | u101 | de | 749 | KD-HC-7 | habt ihr Hochstühle? // was kostet der Grow 7in1
E | human_request | - | g304 | en | - | - | how do i return a pram // can i talk to someone instead
E | human_request | - | u101 | pl | - | - | ile kosztuje wysyłka do niemiec // a możesz mnie połączyć z konsultantem?
E | human_request | - | g305 | en | - | - | hi // i need a human
E | human_request | - | u109 | en | - | - | hello // wheres KD-204608 // ok id like to speak to a person about it
E | human_request | - | u102 | es | - | - | hola // quiero hablar con alguien del equipo
E | human_request | - | u103 | en | - | - | whats the return window // no, i want a real person
E | human_request | - | u104 | de | - | - | Hallo // kann ich bitte mit einem Menschen sprechen?
E | human_request | - | u105 | uk | - | - | привіт // можна оператора?
N | shipping | shipping-abroad | g301 | en | 69 zł | - | hi // i dont need a human, just tell me if you deliver to ireland
N | other | store-krakow | u106 | pl | Józefińska 14 | - | dzień dobry // nie chcę rozmawiać z konsultantem, podajcie tylko adres sklepu
N | other | contact | u107 | en | 8:00-18:00 | - | is there a phone line // no need to put me through, just the hours
N | return_refund | returns-refunds | u108 | de | 30 days | - | Hallo // ich brauche keinen Mitarbeiter, wie viele Tage habe ich für eine Rücksendung?
N | other | - | g302 | en | - | - | hi // whats the weather like in krakow today
N | other | - | u110 | en | - | - | do you sell prams // ok unrelated but who won the champions league
N | other | - | u101 | pl | - | - | cześć // jaki jest dobry przepis na pierniki
E | complaint | - | u101 | en | - | - | my stroller arrived yesterday // the frame is bent, i want a replacement
E | payment | - | u104 | en | - | - | hi // i got charged twice for KD-204552 // yes its been 2 weeks, both charges are still there
E | return_refund | - | u108 | en | - | - | refund for KD-204602? // its been 5 weeks since you received it, where is my money
E | complaint | - | u109 | pl | - | - | dzień dobry // paczka KD-204608 ma status doręczona // ale nic nie dostałam
E | complaint | - | u106 | en | - | - | hi // i have an owl rattle from batch 2312 // i want the refund please
E | account | - | u103 | en | - | - | how do i delete my account // i did that in december and its still active, please get someone to sort it
E | payment | - | u107 | pl | - | - | zapłaciłam blikiem za KD-204586 // a status dalej oczekujące, pieniądze zeszły
"""
NEG_WORDS = re.compile(r"human|person|agent|konsultant|mitarbeiter|put me through|just asking", re.I)
for esc, intent, art, cust, lang, mm, src, msgs in rows(MULTI):
    mm, osrc = resolve(split(mm))
    kind = "neg" if esc == "N" and (NEG_WORDS.search(msgs) or art in ("returns-refunds", "order-changes", "exchanges")) else ""
    add(cust, msgs, esc == "E", intent, None if art == "-" else art, mm, lang=lang,
        src=split(src) + osrc, kind=kind)

# ------------------------------------------------------- checks
def check(c):
    errs = []
    msgs = c["msgs"]
    if not (1 <= len(msgs) <= 4) or not all(msgs):
        errs.append("messages")
    if c["intent"] not in LABELS:
        errs.append("intent " + c["intent"])
    if c["lang"] not in LANGS:
        errs.append("lang " + c["lang"])
    if c["art"] is not None and c["art"] not in ARTS:
        errs.append("unknown article " + c["art"])
    if c["esc"] and c["art"] is not None:
        errs.append("hand-overs cite no article")
    if c["intent"] == "human_request" and not c["esc"]:
        errs.append("human_request must escalate")
    if c["art"] is not None and not c["mm"]:
        errs.append("article case without mustMention")
    # order ids: the customer's own, or a case that expects a refusal that leaks nothing
    sources = []
    if c["art"] in ARTS:
        sources.append(ARTS[c["art"]])
    for oid in sorted(set(ORDER_RE.findall(" ".join(msgs)))):
        o = ORDERS.get(oid)
        if o and o["customerId"] == c["cust"]:
            sources.append(json.dumps(o, ensure_ascii=False))
            continue
        if c["kind"] != "refuse" or c["esc"]:
            errs.append(f"{oid} is not {c['cust']}'s order and the case does not expect a refusal")
        if o and o.get("trackingNumber") and o["trackingNumber"] not in c["mnm"]:
            errs.append(f"{oid}: refusal must not mention its tracking number")
        if o and any(str(v).lower() in m.lower() for v in o.values() if isinstance(v, str) and len(str(v)) > 6 for m in c["mm"]):
            errs.append(f"{oid}: mustMention leaks another customer's order")
    for s in c["src"]:
        if s in PRODUCTS:
            sources.append(json.dumps(PRODUCTS[s], ensure_ascii=False))
        elif s in ORDERS and ORDERS[s]["customerId"] == c["cust"]:
            o = ORDERS[s]
            sources.append(json.dumps(o, ensure_ascii=False))
            sources += [PRODUCTS[i["sku"]]["name"] for i in o["items"]]
        else:
            errs.append("bad source " + s)
    blob = "\n".join(sources).lower()
    for m in c["mm"]:
        if not m or m.lower() not in blob:
            errs.append(f"mustMention {m!r} not in the source data")
    if set(x.lower() for x in c["mm"]) & set(x.lower() for x in c["mnm"]):
        errs.append("mustMention and mustNotMention overlap")
    return errs

def main():
    bad, seen = 0, set()
    for n, c in enumerate(CASES, 1):
        c["id"] = f"k{n:03d}"
        errs = check(c)
        key = " // ".join(c["msgs"]).lower()
        if key in seen:
            errs.append("duplicate case")
        seen.add(key)
        for e in errs:
            print(f"{c['id']} {c['msgs'][-1]!r}: {e}", file=sys.stderr)
        bad += bool(errs)
    if bad:
        sys.exit(f"{bad} case(s) failed the checks")
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps({"id": c["id"], "customerId": c["cust"], "messages": c["msgs"],
                                "expect": {"escalate": c["esc"], "intent": c["intent"], "article": c["art"],
                                           "mustMention": c["mm"], "mustNotMention": c["mnm"]}},
                               ensure_ascii=False) + "\n")
    # re-read and validate what was written
    lines = open(OUT, encoding="utf-8").read().splitlines()
    parsed = [json.loads(l) for l in lines]
    assert len(parsed) == len(CASES)
    N = len(CASES)
    esc = sum(c["esc"] for c in CASES)
    foreign = sum(c["lang"] != "en" for c in CASES)
    multi = sum(len(c["msgs"]) > 1 for c in CASES)
    neg = sum(c["kind"] == "neg" and not c["esc"] for c in CASES)
    print(f"articles {len(ARTS)}, products {len(PRODUCTS)}, orders {len(ORDERS)} "
          f"({len({o['customerId'] for o in ORDERS.values()})} customers)")
    print(f"cases {N}: escalate {esc} ({esc / N:.1%}), non-English {foreign} ({foreign / N:.1%}), "
          f"multi-turn {multi}, answer-not-hand-over negatives {neg} ({neg / N:.1%}), "
          f"with article {sum(c['art'] is not None for c in CASES)}, "
          f"refusals {sum(c['kind'] == 'refuse' for c in CASES)}")
    print("intents:", dict(sorted(Counter(c["intent"] for c in CASES).items())))
    print("languages:", dict(Counter(c["lang"] for c in CASES).most_common()))
    print("articles cited:", len({c["art"] for c in CASES if c["art"]}), "of", len(ARTS))

if __name__ == "__main__":
    main()
