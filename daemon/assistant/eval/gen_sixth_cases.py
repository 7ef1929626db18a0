#!/usr/bin/env python3
"""Writes sixth-cases.jsonl for the "Fjord & Fern" shop (sixth-kb/) and checks
every case against that KB. Fails loudly (exit 1) on any inconsistency.

Written as an outside tester: the cases rest only on the KB files and on the
public contract in docs/EVAL.md, not on the assistant's code.

Run: python3 gen_sixth_cases.py
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, "sixth-kb")
OUT = os.path.join(HERE, "sixth-cases.jsonl")

INTENTS = {"greeting", "thanks", "goodbye", "order_status", "return_refund",
           "shipping", "product_info", "payment", "account", "complaint",
           "human_request", "other"}
LANGS = {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "da"}
ORDER_RE = re.compile(r"\bff[- ]?(\d{5})\b", re.IGNORECASE)

ERRORS = []


def fail(msg):
    ERRORS.append(msg)


# ---------------------------------------------------------------- the KB
def load_articles():
    arts = {}
    adir = os.path.join(KB, "articles")
    for fn in sorted(os.listdir(adir)):
        if not fn.endswith(".md"):
            continue
        text = open(os.path.join(adir, fn), encoding="utf-8").read()
        aid = fn[:-3]
        body = text
        if text.startswith("---\n"):
            end = text.index("\n---\n", 4)
            front = text[4:end]
            body = text[end + 5:]
            for line in front.splitlines():
                if line.startswith("id:"):
                    aid = line[3:].strip()
        if not body.lstrip().startswith("# "):
            fail(f"article {fn}: body does not start with '# Title'")
        if aid in arts:
            fail(f"article id {aid} defined twice")
        arts[aid] = body
    return arts


ARTICLES = load_articles()
PRODUCTS = {p["sku"]: p for p in json.load(open(os.path.join(KB, "products.json"), encoding="utf-8"))}
ORDERS = {o["orderId"]: o for o in json.load(open(os.path.join(KB, "orders.json"), encoding="utf-8"))}


def check_kb():
    if not 16 <= len(ARTICLES) <= 18:
        fail(f"{len(ARTICLES)} articles, want 16-18")
    if not 16 <= len(PRODUCTS) <= 20:
        fail(f"{len(PRODUCTS)} products, want 16-20")
    if not 14 <= len(ORDERS) <= 16:
        fail(f"{len(ORDERS)} orders, want 14-16")
    for p in PRODUCTS.values():
        for k, t in (("sku", str), ("name", str), ("description", str), ("currency", str), ("stock", int)):
            if not isinstance(p.get(k), t):
                fail(f"product {p.get('sku')}: bad {k}")
        if not isinstance(p.get("price"), (int, float)) or p["price"] <= 0:
            fail(f"product {p['sku']}: bad price")
    statuses = set()
    for o in ORDERS.values():
        if not re.fullmatch(r"FF-\d{5}", o["orderId"]):
            fail(f"order id {o['orderId']} does not have the FF-12345 shape")
        statuses.add(o["status"])
        if o["status"] not in {"pending", "paid", "shipped", "delivered", "cancelled", "refunded"}:
            fail(f"order {o['orderId']}: bad status {o['status']}")
        total = 0.0
        for it in o["items"]:
            if it["sku"] not in PRODUCTS:
                fail(f"order {o['orderId']}: unknown sku {it['sku']}")
            else:
                total += PRODUCTS[it["sku"]]["price"] * it["qty"]
        if o["total"] + 1e-9 < total:
            fail(f"order {o['orderId']}: total {o['total']} below its items {total}")
        if o["status"] in ("shipped", "delivered") and not (o.get("carrier") and o.get("trackingNumber")):
            fail(f"order {o['orderId']}: {o['status']} without carrier/tracking")
    if statuses != {"pending", "paid", "shipped", "delivered", "cancelled", "refunded"}:
        fail(f"orders do not cover every status: {sorted(statuses)}")


def product_text(p):
    price = p["price"]
    return " ".join([p["name"], p["description"], f"{price:.2f}", f"{price:g}",
                     p["currency"], f"stock {p['stock']}"] + p.get("tags", []))


def order_text(o):
    parts = [o["orderId"], o["status"], f"{o['total']:.2f}", f"{o['total']:g}", o["currency"],
             o.get("carrier") or "", o.get("trackingNumber") or "", o["updatedAt"]]
    for it in o["items"]:
        p = PRODUCTS.get(it["sku"])
        if p:
            parts.append(f"{it['qty']} x {p['name']}")
    return " ".join(parts)


# ---------------------------------------------------------------- cases
CASES = []
_anon = [0]


def c(msgs, esc, intent, art=None, must=(), nots=(), cust=None, lang="en", tags=(),
      prods=(), foreign=(), missing=()):
    if isinstance(msgs, str):
        msgs = [msgs]
    if cust is None:
        _anon[0] += 1
        cust = f"k{300 + (_anon[0] % 60):03d}"
    CASES.append(dict(msgs=list(msgs), esc=esc, intent=intent, art=art, must=list(must),
                      nots=list(nots), cust=cust, lang=lang, tags=set(tags), prods=list(prods),
                      foreign=list(foreign), missing=list(missing)))


T, F = True, False

# ============ order status: the customer's own orders ============
c("hi where is my order FF-40587", F, "order_status", must=["shipped"], cust="k201")
c("whats the tracking number for ff-40418", F, "order_status", must=["4391028475"], cust="k204")
c("did my order FF-40305 arrive? got an email but not sure what it said", F, "order_status", must=["delivered"], cust="k203")
c("order FF-40691 status pls", F, "order_status", must=["paid"], cust="k202")
c("why is my order FF-40702 still pending", F, "order_status", "order-changes", must=["pending"], cust="k203")
c("what happened to my order FF-40366? i dont see it anymore", F, "order_status", must=["cancelled"], cust="k205")
c("is FF-40144 refunded yet", F, "order_status", must=["refunded"], cust="k204")
c("hello! when will FF-40713 ship? i ordered it yesterday", F, "order_status", must=["paid"], cust="k206")
c("where's my parcel FF-40601 its been 2 days", F, "order_status", must=["shipped"], cust="k207")
c("tracking for FF-40648 please, lost the dhl email", F, "order_status", must=["4391077302"], cust="k209")
c("FF-40667 delivered?", F, "order_status", must=["delivered"], cust="k210")
c("what did i order in FF-40112 again? want to reorder the cream", F, "order_status", must=["Barrier Cream 50"], cust="k201")
c("i paid with klarna for FF-40629 but it still says pending??", F, "order_status", "order-changes", must=["pending"], cust="k208")
c("hei, where is FF-40520? its going to bergen", F, "order_status", must=["shipped"], cust="k205")
c(["hi", "i have two orders, FF-40112 and FF-40587", "which one is still on the way?"], F, "order_status", must=["40587"], cust="k201")
c("how much did i pay in total for FF-40233", F, "order_status", must=["58"], cust="k202")
c("ff40648 has it left yet?", F, "order_status", must=["shipped"], cust="k209")
c("did FF-40455 get delivered? my neighbour might have taken it in", F, "order_status", must=["delivered"], cust="k206")
c(["hello", "i sent back the hyaluronic booster a while ago", "can you check FF-40144"], F, "order_status", must=["refunded"], cust="k204")
c("which carrier has my order FF-40233", F, "order_status", must=["GLS"], cust="k202")
c("can u check my order status", F, "order_status", cust="k203")
c("where is my stuff", F, "order_status", cust="k207")
c("has my spf order been sent FF-40587", F, "order_status", must=["shipped"], cust="k201")
c("Hallo, wo ist meine Bestellung FF-40233?", F, "order_status", must=["60412298731"], cust="k202", lang="de")
c("bonjour, ma commande FF-40702 est toujours en attente, pourquoi ?", F, "order_status", "order-changes", cust="k203", lang="fr")
c("ciao, il mio ordine FF-40713 quando parte?", F, "order_status", cust="k206", lang="it")
c("waar is mijn pakket FF-40601?", F, "order_status", must=["60412355218"], cust="k207", lang="nl")
c("hola, mi pedido FF-40667 ya fue entregado?", F, "order_status", cust="k210", lang="es")
c("gdzie jest moje zamówienie FF-40629", F, "order_status", cust="k208", lang="pl")
c("hej, hvor er min pakke FF-40587?", F, "order_status", must=["00370733418822197735"], cust="k201", lang="da")
c("Wann kommt FF-40648 an? Bin in Zürich", F, "order_status", must=["4391077302"], cust="k209", lang="de")

# ============ someone else's order: no details ============
c("where is order FF-40233", F, "order_status", nots=["shipped", "60412298731", "Retinal"], cust="k201", foreign=["FF-40233"], tags=["foreign"])
c("status of FF-40418?", F, "order_status", nots=["shipped", "4391028475"], cust="k203", foreign=["FF-40418"], tags=["foreign"])
c("can u check FF-40455 for me its my friends order", F, "order_status", nots=["delivered", "60412001563", "Clay Mask"], cust="k207", foreign=["FF-40455"], tags=["foreign"])
c("ff-40648 tracking?", F, "order_status", nots=["shipped", "4391077302"], cust="k210", foreign=["FF-40648"], tags=["foreign"])
c("whats in order FF-40520", F, "order_status", nots=["Sea Buckthorn", "shipped", "00370733418822201958"], cust="k204", foreign=["FF-40520"], tags=["foreign"])
c("Wo ist Bestellung FF-40305?", F, "order_status", nots=["delivered", "60411877420"], cust="k205", lang="de", foreign=["FF-40305"], tags=["foreign"])
c(["hi", "my wife ordered from you, order FF-40112, has it arrived yet?"], F, "order_status", nots=["delivered", "00370733418822184406"], cust="k202", foreign=["FF-40112"], tags=["foreign"])
c("what's the total on FF-40648? i need it for my expenses", F, "order_status", nots=["110.90", "110.9", "shipped"], cust="k206", foreign=["FF-40648"], tags=["foreign"])

# ============ order ids that don't exist ============
c("where is FF-41999", F, "order_status", cust="k201", missing=["FF-41999"], tags=["missing"])
c("my order number is FF-38810 can you check it", F, "order_status", cust="k206", missing=["FF-38810"], tags=["missing"])
c("hi i ordered last week, order ff-40999, nothing yet", F, "order_status", cust="k315", missing=["FF-40999"], tags=["missing"])
c("status of FF-40588 please", F, "order_status", cust="k201", missing=["FF-40588"], tags=["missing"])

# ============ shipping ============
c("how much is shipping to germany", F, "shipping", "shipping", must=["4.90"])
c("do u ship to norway? how much", F, "shipping", "shipping", must=["9.90"])
c("shipping cost uk?", F, "shipping", "shipping", must=["9.90"])
c("how long does delivery to spain take", F, "shipping", "shipping")
c("free shipping to france from how much?", F, "shipping", "shipping", must=["60"])
c("whats the free shipping limit for denmark", F, "shipping", "shipping", must=["375"])
c("can you ship to the US? my sister lives in boston", F, "shipping", "shipping")
c("do you deliver to switzerland", F, "shipping", "shipping")
c("express shipping to the netherlands, what does it cost", F, "shipping", "shipping", must=["14.90"])
c("if i order before 2pm does it go out the same day", F, "shipping", "shipping", must=["same day"])
c("can i pick it up at a parcel shop in sweden", F, "shipping", "shipping", must=["PostNord"])
c("do i have to pay customs on orders to the uk", F, "shipping", "customs-duties", must=["135"])
c("ordering to oslo, will i pay extra vat or fees at the door?", F, "shipping", "customs-duties")
c("swiss customer here, what fees will dhl charge me on delivery", F, "shipping", "customs-duties", must=["11.50"])
c("which carrier do you use for italy", F, "shipping", "shipping", must=["GLS"])
c("do you ship to iceland", F, "shipping", "shipping")
c("can i send it to a po box in london", F, "shipping", "shipping")
c("is home delivery possible in finland or only parcel shops", F, "shipping", "shipping")
c("shipping to poland how much and how long", F, "shipping", "shipping", must=["6.90"])
c("i live in belgium, is shipping free above 50 euro?", F, "shipping", "shipping", must=["50"])
c("do you ship to the faroe islands", F, "shipping", "shipping")
c(["hey", "im in vienna", "how much is shipping"], F, "shipping", "shipping", must=["5.90"])
c("is there a cheaper option than dhl for the uk", F, "shipping", "shipping", must=["9.90"])
c("how much is express to denmark", F, "shipping", "shipping", must=["110"])
c("whats the shipping to portugal", F, "shipping", "shipping", must=["7.90"])
c("free delivery to switzerland over what amount", F, "shipping", "shipping", must=["100"])
c("ireland shipping price??", F, "shipping", "shipping", must=["8.90"])
c("do you ship to greece", F, "shipping", "shipping", must=["8.90"])
c("Ab welchem Betrag ist der Versand nach Deutschland kostenlos?", F, "shipping", "shipping", must=["50"], lang="de")
c("vous livrez en Suisse ? il y a des frais de douane ?", F, "shipping", "customs-duties", must=["DHL"], lang="fr")
c("cuánto tarda el envío a España?", F, "shipping", "shipping", lang="es")
c("spedizione gratuita in italia da quanto?", F, "shipping", "shipping", must=["60"], lang="it")
c("hoeveel kost verzending naar nederland", F, "shipping", "shipping", lang="nl")
c("hvad koster fragt til danmark?", F, "shipping", "shipping", must=["39"], lang="da")
c("enviam para Portugal? quanto custa o envio?", F, "shipping", "shipping", lang="pt")
c("ile kosztuje wysyłka do Polski?", F, "shipping", "shipping", lang="pl")
c("sender I til Norge? og skal jeg betale told?", F, "shipping", "customs-duties", lang="da")
c("Liefert ihr auch nach Österreich per Express?", F, "shipping", "shipping", lang="de")

# ============ returns and refunds: policy ============
c("can i return a cream i opened? i dont like the smell", F, "return_refund", "returns")
c("how many days do i have to return something", F, "return_refund", "returns", must=["30"])
c("return shipping from germany, is it free?", F, "return_refund", "returns", must=["4.95"])
c("are returns free in denmark", F, "return_refund", "returns", must=["free"])
c("im in the uk how do i send stuff back", F, "return_refund", "returns")
c("what's the address for returns", F, "return_refund", "returns", must=["Industrivej"])
c("do you do exchanges? like if i want a different spf", F, "return_refund", "returns")
c("how long do refunds take to paypal", F, "return_refund", "refunds", must=["24 hours"])
c("how long does a refund take to my card", F, "return_refund", "refunds")
c("do i get the shipping cost back if i return everything", F, "return_refund", "refunds", must=["14 days"])
c("will the return label cost be taken off my refund? im in france", F, "return_refund", "returns", must=["6.95"])
c("i paid with klarna and returned stuff, do i still need to pay the invoice?", F, "return_refund", "refunds")
c("can i return the travel kit if i only used the lip balm from it", F, "return_refund", "returns")
c("do i need to send back the free samples when returning", F, "return_refund", "returns")
c("can i return a gift card i bought", F, "return_refund")  # both Returns and Gift cards say no
c("how long after you get my return do i get my money", F, "return_refund", "refunds", must=["3 working days"])
c("are sale items returnable", F, "return_refund", "returns")
c("whats the return window", F, "return_refund", "returns", must=["30"])
c("do i need to contact you before sending a return or can i just do it online?", F, "return_refund", "returns", must=["fjordandfern.com/returns"], tags=["hardneg"])
c("what's your refund policy for opened products", F, "return_refund", "returns", tags=["hardneg"])
c("if i paid with a gift card how do i get refunded", F, "return_refund", "refunds")
c("how are refunds done with mobilepay", F, "return_refund", "refunds", must=["MobilePay"])
c("what happens if my refund doesn't show up on my card", F, "return_refund", "refunds", must=["10"], tags=["hardneg"])
c("can i get a refund if i react badly to a product even if i opened it?", F, "return_refund", "allergies-ingredients", must=["30 days"], tags=["hardneg"])
c("how long do i have to post the parcel after registering a return", F, "return_refund", "returns", must=["14 days"])
c("Kann ich geöffnete Produkte zurückschicken?", F, "return_refund", "returns", lang="de")
c("combien de jours pour retourner un produit ?", F, "return_refund", "returns", must=["30"], lang="fr")
c("cuánto tarda el reembolso con PayPal?", F, "return_refund", "refunds", must=["24"], lang="es")
c("posso restituire un prodotto non aperto?", F, "return_refund", "returns", must=["30"], lang="it")
c("hoe lang duurt het terugbetalen op mijn creditcard?", F, "return_refund", "refunds", lang="nl")
c("kan jeg returnere en åbnet creme?", F, "return_refund", "returns", lang="da")
c("ile dni mam na zwrot?", F, "return_refund", "returns", must=["30"], lang="pl")
c("o reembolso demora quanto tempo depois de vocês receberem a devolução?", F, "return_refund", "refunds", must=["3"], lang="pt")

# ============ order changes: policy questions ============
c("can i cancel an order after it has shipped?", F, "order_status", "order-changes", tags=["hardneg"])
c("how long do i have to cancel an order", F, "order_status", "order-changes", must=["60 minutes"], tags=["hardneg"])
c("can i change the delivery address after ordering?", F, "order_status", "order-changes", must=["60 minutes"])
c("can i add something to an order i already placed", F, "order_status", "order-changes")
c("what does pending mean on an order", F, "order_status", "order-changes", must=["48 hours"])
c("if i cancel an order paid with paypal do i get the money back automatically?", F, "order_status", "refunds", must=["1 working day"], tags=["hardneg"])
c("Wie lange kann ich eine Bestellung noch stornieren?", F, "order_status", "order-changes", must=["60"], lang="de", tags=["hardneg"])

# ============ damaged parcels: what to do ============
c("my parcel arrived and the toner leaked a bit, what should i do?", F, "return_refund", "damaged-parcels", must=["14 days"])
c("if something arrives broken do i have to send the bottle back?", F, "return_refund", "damaged-parcels")
c("how long do i have to report a damaged parcel", F, "return_refund", "damaged-parcels", must=["14 days"])
c("tracking says delivered but i cant find the parcel, what should i do first?", F, "order_status", "damaged-parcels", must=["7 days"])
c("one item is missing from my box, could there be a second parcel?", F, "order_status", "damaged-parcels")

# ============ products ============
c("how much is the spf 30", F, "product_info", must=["26"], prods=["FFN-120"])
c("price of barrier cream 50?", F, "product_info", must=["29"], prods=["FFN-101"])
c("is the vitamin c serum in stock", F, "product_info", prods=["FFN-110"])
c("do you have the hyaluronic acid booster in stock?? been waiting for ages", F, "product_info", prods=["FFN-112"])
c("is the retinal cream ok to use while pregnant", F, "product_info", "allergies-ingredients", prods=["FFN-113"])
c("whats good for oily skin with big pores", F, "product_info", prods=["FFN-111", "FFN-141"])
c("i have very dry sensitive skin, which moisturiser should i get", F, "product_info", must=["Barrier Cream"], prods=["FFN-101"])
c("is the spf 50 ok for kids", F, "product_info", must=["3 years"], prods=["FFN-121"])
c("does the spf 30 have fragrance in it", F, "product_info", must=["elderflower"], prods=["FFN-120"])
c("whats in the lip balm, is it vegan?", F, "product_info", "allergies-ingredients", must=["beeswax"], prods=["FFN-152"])
c("i have a nut allergy, which of your products should i avoid", F, "product_info", "allergies-ingredients", must=["Almond"])
c("how big is the micellar water bottle", F, "product_info", must=["400"], prods=["FFN-131"])
c("how much is the eye cream and does it help with dark circles", F, "product_info", must=["28"], prods=["FFN-142"])
c("can i take the travel kit in hand luggage on a plane", F, "product_info", must=["100"], prods=["FFN-160"])
c("whats in the travel kit", F, "product_info", must=["Cloudberry"], prods=["FFN-160"])
c("how much is a refill pouch for the barrier cream", F, "product_info", must=["24"], prods=["FFN-102"])
c("retinal 0.05 price? and do you have it", F, "product_info", must=["39"], prods=["FFN-113"])
c("do you test on animals", F, "product_info", "allergies-ingredients")
c("how do i patch test a new serum", F, "product_info", "allergies-ingredients", must=["48 hours"])
c("what does 12M on the jar mean", F, "product_info", "product-expiry", must=["12 months"])
c("how long does the vitamin c serum last once opened", F, "product_info", "product-expiry", must=["6 months"])
c("is sunscreen from last summer still ok to use? it was opened", F, "product_info", "product-expiry", must=["12 months"])
c("how long do unopened products keep", F, "product_info", "product-expiry", must=["30 months"])
c("where do i find the batch code", F, "product_info", "product-expiry")
c("my vitamin c serum turned brownish, is it still ok?", F, "product_info", "product-expiry")
c("do i get free samples with my order", F, "product_info", "samples-gift-wrapping")
c("how much is gift wrapping", F, "product_info", "samples-gift-wrapping", must=["4.50"])
c("can i add a gift message? how long can it be", F, "product_info", "samples-gift-wrapping", must=["200"])
c("if i send it as a gift will the price be on the packing slip?", F, "product_info", "samples-gift-wrapping")
c("which of your products removes waterproof mascara", F, "product_info", must=["Micellar"], prods=["FFN-131"])
c("the sea buckthorn oil made my face a bit orange for a few minutes, is that normal", F, "product_info", prods=["FFN-140"])
c("whats the difference between the spf 30 and the spf 50", F, "product_info", must=["mineral"], prods=["FFN-120", "FFN-121"])
c("how much is the clay mask", F, "product_info", must=["23"], prods=["FFN-141"])
c("is the niacinamide serum fragrance free?", F, "product_info", prods=["FFN-111"])
c("cheapest thing you sell? need a small gift", F, "product_info", must=["7.50"], prods=["FFN-152"])
c("do you have a toner without alcohol", F, "product_info", must=["Birch"], prods=["FFN-132"])
c("is the spf 50 suitable for a person with sensitive skin", F, "product_info", prods=["FFN-121"], tags=["hardneg"])
c("how much hand cream do i get in a tube and what does it cost", F, "product_info", must=["12"], prods=["FFN-151"])
c("is the travel kit still in stock? saw only few left", F, "product_info", prods=["FFN-160"])
c("what's the ph of the cleanser", F, "product_info", must=["5.5"], prods=["FFN-130"])
c("body lotion for itchy dry skin?", F, "product_info", must=["Oat"], prods=["FFN-150"])
c("what percent urea in the hand cream", F, "product_info", must=["10%"], prods=["FFN-151"])
c("can i use the clay mask when pregnant", F, "product_info", "allergies-ingredients")
c("Wie viel kostet das SPF 50 Mineral Shield?", F, "product_info", must=["31"], lang="de", prods=["FFN-121"])
c("le sérum vitamine C 15% est disponible ?", F, "product_info", lang="fr", prods=["FFN-110"])
c("tenéis alguna crema para piel seca y sensible?", F, "product_info", must=["Barrier Cream"], lang="es", prods=["FFN-101"])
c("quanto costa il Barrier Cream 50?", F, "product_info", must=["29"], lang="it", prods=["FFN-101"])
c("is de lippenbalsem vegan?", F, "product_info", "allergies-ingredients", lang="nl", prods=["FFN-152"])
c("hvad koster solcremen spf 30?", F, "product_info", must=["26"], lang="da", prods=["FFN-120"])
c("czy krem z retinalem jest bezpieczny w ciąży?", F, "product_info", "allergies-ingredients", lang="pl", prods=["FFN-113"])
c("o que significa o símbolo 6M na embalagem?", F, "product_info", "product-expiry", lang="pt")
c("Bekomme ich Proben zu meiner Bestellung?", F, "product_info", "samples-gift-wrapping", lang="de")
c("har I en creme til fedtet hud?", F, "product_info", lang="da", prods=["FFN-111", "FFN-141"])

# ============ payment, gift cards, discount codes ============
c("do you take mobilepay", F, "payment", "payment")
c("can i pay with klarna from france", F, "payment", "payment")
c("when is my card actually charged", F, "payment", "payment")
c("klarna in 3 instalments, is there a minimum?", F, "payment", "payment", must=["35"])
c("do you accept amex", F, "payment", "payment")
c("can i pay by bank transfer", F, "payment", "payment")
c("my card got declined twice, what can i do", F, "payment", "payment")
c("do you charge in euros or kroner", F, "payment", "payment", must=["DKK"])
c("is apple pay accepted?", F, "payment", "payment")
c("how long is a gift card valid", F, "payment", "gift-cards", must=["3 years"])
c("what amounts do gift cards come in", F, "payment", "gift-cards", must=["200"])
c("how do i check my gift card balance", F, "payment", "gift-cards", must=["fjordandfern.com/giftcard"])
c("is there a student discount?", F, "payment", "discount-codes", must=["15%"])
c("what happens if i forget to enter my discount code?", F, "payment", "discount-codes", must=["60 minutes"])
c("how do i get the welcome discount", F, "payment", "discount-codes", must=["10%"])
c("can i use two discount codes at once", F, "payment", "discount-codes")
c("my code says it's not valid, why", F, "payment", "discount-codes")
c("if something goes on sale after i bought it do you refund the difference?", F, "return_refund", "discount-codes", tags=["hardneg"])
c("can i use a discount code on a refill plan", F, "payment")  # both Discount codes and Refill plan say no
c("why is there a pending payment on my bank app when the order hasnt shipped", F, "payment", "payment")
c("Kann ich mit Klarna auf Rechnung zahlen?", F, "payment", "payment", must=["30"], lang="de")
c("kan ik betalen met ideal?", F, "payment", "payment", lang="nl")
c("kan man betale med mobilepay?", F, "payment", "payment", lang="da")
c("aceptáis PayPal?", F, "payment", "payment", lang="es")
c("le code promo étudiant c'est combien ?", F, "payment", "discount-codes", must=["15"], lang="fr")
c("posso pagare con carta di credito?", F, "payment", "payment", lang="it")
c("czy mogę zapłacić kartą podarunkową i PayPal razem?", F, "payment", "payment", lang="pl")

# ============ account, loyalty, refill plan, privacy ============
c("how do i reset my password", F, "account", "account-login", must=["30 minutes"])
c("didnt get the password reset email", F, "account", "account-login")
c("can i order without making an account", F, "account", "account-login")
c("how do i change my email address on my account", F, "account", "account-login")
c("my account is locked after i typed the password wrong a few times", F, "account", "account-login", must=["15 minutes"])
c("can i log in without a password", F, "account", "account-login", must=["code"])
c("i ordered as a guest before, can those orders show up in a new account?", F, "account", "account-login")
c("how many points do i get per euro", F, "account", "loyalty", must=["1 point"])
c("how much are 100 fern points worth", F, "account", "loyalty", must=["5"])
c("do fern points expire", F, "account", "loyalty", must=["18 months"])
c("how many points for the free shipping tier", F, "account", "loyalty", must=["500"])
c("do i get points on shipping costs", F, "account", "loyalty")
c("how much do i save with the refill plan", F, "account", "refill-plan", must=["10%"])
c("can i skip one delivery of my refill plan", F, "account", "refill-plan", must=["3 days"])
c("how do i pause my subscription for the summer", F, "account", "refill-plan", must=["3 months"])
c("can i cancel a subscription before the next box ships? is there a fee", F, "account", "refill-plan", must=["3 days"], tags=["hardneg"])
c("can i pay the refill plan with mobilepay", F, "payment", "refill-plan")
c("how often can the refill plan deliver", F, "account", "refill-plan", must=["12 weeks"])
c("how do i delete my account", F, "account", "privacy", must=["30 days"])
c("how long do you keep my order history after i delete my account", F, "account", "privacy", must=["5 years"])
c("how do i download all the data you have on me", F, "account", "privacy", must=["24 hours"])
c("how do i cancel the newsletter", F, "account", "privacy", tags=["hardneg"])
c("what happens to my points if i delete my account", F, "account", "privacy")
c("Wie kann ich mein Passwort zurücksetzen?", F, "account", "account-login", must=["30"], lang="de")
c("comment supprimer mon compte ?", F, "account", "privacy", must=["30"], lang="fr")
c("cómo funcionan los puntos de fidelidad?", F, "account", "loyalty", lang="es")
c("hvordan sætter jeg mit abonnement på pause?", F, "account", "refill-plan", lang="da")
c("hoe lang zijn mijn punten geldig?", F, "account", "loyalty", must=["18"], lang="nl")

# ============ contact, recycling ============
c("whats your customer service phone number", F, "other", "contact", must=["33 14 27 60"], tags=["hardneg"])
c("what are your customer service hours on saturday", F, "other", "contact", must=["14:00"], tags=["hardneg"])
c("are you open on sundays", F, "other", "contact")
c("email address for support?", F, "other", "contact", must=["hello@fjordandfern.com"], tags=["hardneg"])
c("do you have a shop in copenhagen i can visit", F, "other", "contact")
c("how does the empties recycling thing work", F, "other", "empties-back", must=["100"])
c("do you take back empties from other brands", F, "other", "empties-back")
c("is your packaging recyclable", F, "other", "empties-back")
c("who do i contact about stocking your products in my salon", F, "other", "contact", must=["partners@fjordandfern.com"])
c("what time does your phone line close", F, "other", "contact", must=["16:00"])
c("how do I contact customer service?", F, "other", "contact", tags=["hardneg"])
c("do your support agents speak german", F, "other", "contact", tags=["hardneg"])
c("is there a human answering the phone or a robot? just want to know before i call", F, "other", "contact", tags=["hardneg"])
c("I don't need a person, just tell me the shipping cost to Italy", F, "shipping", "shipping", must=["7.90"], tags=["hardneg"])
c("no need for an agent, what's the return window?", F, "return_refund", "returns", must=["30"], tags=["hardneg"])
c("what's the number to call if i want to talk to someone later?", F, "other", "contact", must=["33 14 27 60"], tags=["hardneg"])
c("hvad er jeres telefonnummer?", F, "other", "contact", must=["33 14 27 60"], lang="da", tags=["hardneg"])
c("Wann ist der Kundenservice telefonisch erreichbar?", F, "other", "contact", lang="de", tags=["hardneg"])
c("Ich brauche keinen Mitarbeiter, nur die Lieferzeit nach Österreich bitte", F, "shipping", "shipping", lang="de", tags=["hardneg"])
c("comment fonctionne le recyclage des emballages vides ?", F, "other", "empties-back", lang="fr")

# ============ outside the shop ============
for m, lang in [
    ("whats the weather in copenhagen tomorrow", "en"),
    ("tell me a joke", "en"),
    ("who won the champions league last year", "en"),
    ("whats the capital of australia", "en"),
    ("can you help with my maths homework, what is 17 x 23", "en"),
    ("any good restaurants near nyhavn?", "en"),
    ("write me a short poem about autumn", "en"),
    ("how do i fix my wifi it keeps dropping", "en"),
    ("is it going to rain in oslo this weekend", "en"),
    ("what time is it in new york right now", "en"),
    ("who is the prime minister of denmark", "en"),
    ("recommend a good series to watch tonight", "en"),
    ("how many calories are in a banana", "en"),
    ("Wie wird das Wetter morgen in Berlin?", "de"),
    ("tu connais une bonne recette de crêpes ?", "fr"),
    ("chi ha vinto il festival di sanremo?", "it"),
]:
    c(m, F, "other", lang=lang, tags=["outside"])

# ============ greetings, thanks, goodbyes ============
c("hi", F, "greeting")
c("hello there", F, "greeting")
c("good morning!", F, "greeting")
c("hej", F, "greeting", lang="da")
c("Hallo!", F, "greeting", lang="de")
c("buenas tardes", F, "greeting", lang="es")
c("thanks!", F, "thanks")
c("thank you so much that helped", F, "thanks")
c(["how much is shipping to sweden", "ok thx"], F, "thanks")
c("merci beaucoup", F, "thanks", lang="fr")
c("tak for hjælpen", F, "thanks", lang="da")
c("bye", F, "goodbye")
c("thats all, have a nice day", F, "goodbye")
c(["do you ship to finland", "great, bye!"], F, "goodbye")
c("tot ziens", F, "goodbye", lang="nl")

# ============ more multi-turn questions ============
c(["hi", "do you ship to germany?", "and how long does it take"], F, "shipping", "shipping")
c(["hello", "i have really oily skin", "what serum would you recommend"], F, "product_info", prods=["FFN-111"])
c(["is the spf 30 in stock", "and how much is it"], F, "product_info", must=["26"], prods=["FFN-120"])
c(["hey", "i want to return something i bought", "how many days do i have"], F, "return_refund", "returns", must=["30"])
c(["what payment methods do you take", "is klarna one of them in sweden?"], F, "payment", "payment")
c(["hi", "i forgot my password", "how long is the reset link good for"], F, "account", "account-login", must=["30 minutes"])
c(["where is FF-40601", "ok and which carrier is it with"], F, "order_status", must=["GLS"], cust="k207")
c(["do you sell gift cards", "how long are they valid"], F, "payment", "gift-cards", must=["3 years"])
c(["Hallo", "Was kostet der Versand in die Schweiz?"], F, "shipping", "shipping", lang="de")
c(["hej", "hvor lang tid har jeg til at returnere?"], F, "return_refund", "returns", must=["30"], lang="da")
c(["what is the refill plan", "can i cancel it whenever i want?"], F, "account", "refill-plan", must=["3 days"], tags=["hardneg"])
c(["thanks for the info about shipping", "one more thing, do you do gift wrapping?"], F, "product_info", "samples-gift-wrapping", must=["4.50"])

# ============ hand-over: explicit requests ============
c("human please", T, "human_request")
c("can i talk to a real person", T, "human_request")
c("agent", T, "human_request")
c("i want to speak to someone from your team", T, "human_request")
c("get me a human pls", T, "human_request")
c("representative", T, "human_request")
c("is there a person i can talk to?", T, "human_request")
c("let me talk to customer service", T, "human_request")
c("connect me to your support staff", T, "human_request")
c("i'd rather chat with a real human tbh", T, "human_request")
c("pls transfer me to someone who actually works there", T, "human_request")
c("operator", T, "human_request")
c("can someone from fjord & fern contact me", T, "human_request")
c("i need to talk to a person about my order FF-40233", T, "human_request", cust="k202")
c("real person please, not a bot", T, "human_request")
c("can i speak to an employee", T, "human_request")
c("put me through to a person", T, "human_request")
c("can someone call me back? +45 22 81 90 13", T, "human_request")
c("please have someone ring me tomorrow morning", T, "human_request")
c("could i get a callback? im at work till 4", T, "human_request")
c(["whats your phone number", "i cant call during work hours, can you call me instead?"], T, "human_request")
c(["how much is shipping to italy", "ok actually i'd like to talk to a person"], T, "human_request")
c("whats the return window? actually nvm just put me through to someone", T, "human_request")
c(["do you ship to switzerland", "thanks. can i speak to someone about a bulk order for my salon?"], T, "human_request")
c(["hi", "how do i reset my password", "can a person help me with this instead"], T, "human_request")
c(["is the vitamin c serum in stock", "hmm ok. i want to talk to someone about it"], T, "human_request")
c("Ich möchte bitte mit einem Mitarbeiter sprechen.", T, "human_request", lang="de")
c("je voudrais parler à un conseiller svp", T, "human_request", lang="fr")
c("quiero hablar con una persona", T, "human_request", lang="es")
c("posso parlare con un operatore?", T, "human_request", lang="it")
c("kan ik iemand van de klantenservice spreken", T, "human_request", lang="nl")
c("quero falar com um atendente humano", T, "human_request", lang="pt")
c("chcę rozmawiać z konsultantem", T, "human_request", lang="pl")
c("kan jeg tale med en medarbejder?", T, "human_request", lang="da")
c("ring mig op venligst, det handler om min ordre FF-40587", T, "human_request", cust="k201", lang="da")
c("Können Sie mich zurückrufen? Meine Nummer ist 0151 2345678", T, "human_request", lang="de")
c(["hola", "necesito hablar con alguien de atención al cliente"], T, "human_request", lang="es")
c("voglio parlare con una persona vera", T, "human_request", lang="it")
c("mag ik een medewerker aan de lijn", T, "human_request", lang="nl")
c("je veux parler à quelqu'un, pas à un robot", T, "human_request", lang="fr")

# ============ hand-over: frustration building over turns ============
c(["where is FF-40233", "it says shipped a week ago but the tracking hasnt moved in 5 days",
   "this is the third time im asking and nothing happens"], T, "complaint", cust="k202")
c(["i cant log in", "i did the reset thing", "still cant get in, the link says expired every single time"], T, "account")
c(["my discount code doesnt work", "its WELCOME10, i just signed up", "still says invalid. ive tried 4 times now, this is getting ridiculous"], T, "complaint")
c(["hello", "i emailed yesterday about my parcel and no one answered", "and now the chat just gives me links. I've explained this twice"], T, "complaint")
c(["the pump on my retinal cream doesnt work", "yes i tried pressing it many times", "its still not working and you keep telling me the same thing"], T, "complaint")
c(["where is FF-40520", "ok but it's been 9 working days now", "you're not helping at all, we're going in circles"], T, "complaint", cust="k205")
c(["why was my payment declined", "i checked the card, its fine", "this is so frustrating, ive tried three different cards now"], T, "complaint")
c(["Mein Paket ist immer noch nicht da", "Ich habe schon zweimal geschrieben", "Das ist wirklich enttäuschend, niemand hilft mir"], T, "complaint", lang="de")
c(["hi my gift card code doesnt work", "i typed it exactly like in the email", "it still doesn't work. i've been at this for half an hour"], T, "complaint")
c(["je n'ai toujours pas reçu mon remboursement", "j'ai déjà envoyé deux mails", "personne ne me répond, c'est vraiment décevant"], T, "complaint", lang="fr")

# ============ hand-over: anger ============
c("this is ABSOLUTELY UNACCEPTABLE, three weeks and still no parcel!!", T, "complaint")
c("worst shop ever, my order is a mess and nobody answers my emails!!", T, "complaint")
c("you people are useless, i want this sorted NOW", T, "complaint")
c("I am furious. the cream leaked all over my bag and ruined it!!", T, "complaint")
c("never ordering again, absolute joke of a company", T, "complaint")
c("c'est inadmissible, trois semaines sans colis !!", T, "complaint", lang="fr")
c("FF-40418 STILL NOT HERE. what is going on with you people??", T, "complaint", cust="k204")
c("Das ist eine Frechheit!! Seit zwei Wochen warte ich auf mein Geld!!", T, "complaint", lang="de")

# ============ hand-over: things only staff can do ============
# charged twice
c("i was charged twice for FF-40691", T, "payment", cust="k202")
c("my bank statement shows two payments of 52 euro for one order", T, "payment")
c("Sie haben mir die Bestellung FF-40233 zweimal abgebucht", T, "payment", cust="k202", lang="de")
c("klarna sent me two invoices for the same order??", T, "payment")
# charged after cancelling
c("i cancelled FF-40366 three weeks ago but 34.90 was still taken from my card", T, "payment", cust="k205")
c("my refill plan was cancelled last month but you charged me again on monday", T, "payment")
c("ik heb mijn bestelling geannuleerd maar er is toch geld afgeschreven", T, "payment", lang="nl")
c("cancelled within 10 minutes and mobilepay still took the money, 4 days ago", T, "payment")
# an order the customer did not place / security
c("there's a charge on my card for order FF-40233 and i never placed it", T, "account", cust="k203",
  nots=["shipped", "60412298731", "Retinal"], foreign=["FF-40233"], tags=["foreign"])
c("i got an email confirming an order i didnt make. did someone use my account?", T, "account")
c("someone logged into my account and changed the delivery address", T, "account")
c("hay un pedido en mi cuenta que yo no hice", T, "account", lang="es")
c("i think my account was hacked, all my fern points are gone", T, "account")
c("i reset my password twice but still cant log in", T, "account")
c("please change the email on my account to anna.k@gmail.com, i lost access to the old one", T, "account")
# refund never arrived
c("FF-40144 says refunded but i never got the money, its been 3 weeks", T, "return_refund", cust="k204")
c("you emailed me that my refund was sent 2 weeks ago but nothing on my card", T, "return_refund")
c("il rimborso non è mai arrivato, sono passate tre settimane dalla vostra email", T, "return_refund", lang="it")
c(["how long do refunds take to a card", "well its been 15 banking days since your email and nothing"], T, "return_refund")
c("o meu reembolso nunca chegou, já passou um mês", T, "return_refund", lang="pt")
# wrong or missing item
c("i ordered the niacinamide serum in FF-40455 but got a hyaluronic booster instead", T, "return_refund", cust="k206")
c("wrong item in my parcel FF-40667, please send the right one", T, "return_refund", cust="k210")
c("got spf 30 instead of spf 50 in my box, need the right one asap", T, "return_refund")
c("Ich habe das falsche Produkt bekommen und möchte es umtauschen", T, "return_refund", lang="de")
c(["hello", "i got my order FF-40305", "but the eye cream box was empty!"], T, "return_refund", cust="k203")
c("my order came without the lip balm, can you send it", T, "return_refund")
# reactions wanting compensation
c("the vitamin c serum from FF-40305 gave me a rash and burning, i want a refund and compensation", T, "complaint", cust="k203")
c("my eyes swelled up after the caffeine eye cream, i want my money back and something for the trouble", T, "complaint")
c("the retinal cream burned my skin, i had to see a doctor. who pays for that?", T, "complaint")
c("j'ai eu une réaction allergique avec la crème, je veux être remboursée et dédommagée", T, "complaint", lang="fr")
c("ho avuto una reazione allergica alla maschera all'argilla, voglio un risarcimento", T, "complaint", lang="it")
# changes to a specific order
c("please change the address on FF-40691 to Bergmannstr. 12, 10961 Berlin", T, "order_status", cust="k202")
c("cancel my order FF-40713 please", T, "order_status", cust="k206")
c("can you add a lip balm to my order FF-40629", T, "order_status", cust="k208")
c("i need express shipping on FF-40702 instead, can you switch it", T, "order_status", cust="k203")
c("FF-40587 is going to my old address, can you redirect it??", T, "order_status", cust="k201")
c("I'd like a refund for FF-40455, didn't like any of it", T, "return_refund", cust="k206")
c("kan I annullere min ordre FF-40587?", T, "order_status", cust="k201", lang="da")
c("proszę anulować zamówienie FF-40629", T, "order_status", cust="k208", lang="pl")
c("quero cancelar a minha encomenda", T, "order_status", lang="pt")
c("the barrier cream went on sale the day after i bought it, please refund me the difference", T, "return_refund")
c("please add gift wrapping to FF-40691, its for my mums birthday", T, "order_status", cust="k202")
c("Bitte stornieren Sie meine Bestellung FF-40691, ich habe mich vertan", T, "order_status", cust="k202", lang="de")
c("annulez ma commande FF-40702 s'il vous plaît", T, "order_status", cust="k203", lang="fr")
c("kunnen jullie mijn bestelling FF-40601 nog naar een ander adres sturen?", T, "order_status", cust="k207", lang="nl")
c("i forgot my discount code on FF-40713, can you apply it and refund the 10%", T, "payment", cust="k206")
# failed data deletion
c("i asked you to delete my data 2 months ago and i still get emails and my account still exists", T, "account")
c("Ich habe die Löschung meiner Daten beantragt, aber mein Konto ist immer noch aktiv", T, "account", lang="de")
c("i requested account deletion in january and just got charged for a refill plan. why is my account still there", T, "account")
c("zażądałam usunięcia konta miesiąc temu i nadal dostaję newsletter", T, "account", lang="pl")
# damaged parcels wanting replacement or refund
c("the barrier cream jar in FF-40112 arrived smashed, please send me a new one", T, "return_refund", cust="k201")
c("my parcel came with the body lotion leaked everywhere, i want a refund for it", T, "return_refund")
c("de pomp van mijn serum was kapot bij aankomst, ik wil een nieuwe", T, "return_refund", lang="nl")
# payment providers disagreeing, vanished points, lost gift card
c("klarna says i still owe 47.90 but i returned everything 3 weeks ago", T, "payment")
c("paypal shows the refund for FF-40601 as cancelled??", T, "payment", cust="k207")
c("FF-40667 says delivered but i never got it, i checked with the neighbours and the parcel shop", T, "order_status", cust="k210")
c("il pacco FF-40455 risulta consegnato ma non l'ho mai ricevuto", T, "order_status", cust="k206", lang="it")
c("i didnt get my fern points for last month's order, can you add them", T, "account")
c("i sent 10 empties back a month ago and never got any points", T, "account")
c("i bought a gift card for my mum and the email never arrived, not in spam either. can you resend it", T, "payment")
c("min rabatkode virkede ikke på min ordre, kan I refundere forskellen?", T, "payment", lang="da")
c(["hi", "my order FF-40629 is still pending", "i paid with klarna 3 days ago and the money is already gone from my account. please fix it"], T, "payment", cust="k208")
c(["can i return opened products", "ok but the serum smells off and i only opened it a week ago", "i want to send it back and get my money back"], T, "return_refund")
c(["hej", "jeg har fået en forkert vare i min pakke", "kan I sende den rigtige?"], T, "return_refund", lang="da")
c("please change the number of lip balms on FF-40691 to 3", T, "order_status", cust="k202")
c("refund FF-40713 please, i dont want it anymore", T, "return_refund", cust="k206")
c("i sent back the cleanser from FF-40112 three weeks ago and still no refund", T, "return_refund", cust="k201")
c("my return got rejected because the seal was broken but i never opened it!", T, "return_refund")
c("my parcel to zurich was sent back because of the customs fees, i want my money back", T, "return_refund")
c("i was charged 79.90 but checkout said 69.90", T, "payment")
c("im a Forest member but got charged shipping on my last order, please refund it", T, "payment")
c("my gift card balance is suddenly zero and i never used it", T, "payment")
c("there's someone else's name and address on my invoice, did my data leak?", T, "account")
c("please merge my two accounts, one is gmail and one is hotmail", T, "account")
c("the delete my account button just gives an error, ive tried twice. please delete it", T, "account")
c(["how do i delete my account", "i did that 6 weeks ago", "its still here and im still getting emails. this isnt ok"], T, "account")
c(["do you ship to iceland", "but i really need it in reykjavik, can't you make an exception", "that's not an answer, I've asked twice now"], T, "complaint")
c("talk to human", T, "human_request")
c("need a human asap", T, "human_request")
c("speak to a manager", T, "human_request")
c("Quiero que me llamen por teléfono, por favor", T, "human_request", lang="es")
c("Potete richiamarmi? Sono disponibile dopo le 18", T, "human_request", lang="it")
c("czy ktoś może do mnie zadzwonić?", T, "human_request", lang="pl")
c("preciso de falar com alguém da loja, por favor", T, "human_request", lang="pt")
c(["hi", "FF-40418 was supposed to arrive on friday", "can i speak to someone please"], T, "human_request", cust="k204")
c(["how long do refunds take", "its been longer than that for FF-40144", "i want someone to look into it"], T, "human_request", cust="k204")
c(["bonjour", "j'ai reçu un mauvais produit", "je veux parler à quelqu'un"], T, "human_request", lang="fr")
c(["can i change my delivery address", "its been more than 60 minutes. please change it on FF-40702 to 14 rue des Lilas, Lyon"], T, "order_status", cust="k203")
c(["hallo", "ich wurde zweimal belastet", "für Bestellung FF-40233"], T, "payment", cust="k202", lang="de")
c(["my parcel says delivered", "i already checked with the neighbours and the parcel shop", "its not anywhere. i need someone to open a claim with the carrier"], T, "order_status")


# ---------------------------------------------------------------- checks
def check_cases():
    seen_text = set()
    for i, k in enumerate(CASES):
        cid = f"s{i + 1:03d}"
        k["id"] = cid
        where = f"{cid} {k['msgs'][-1]!r}"
        if not 1 <= len(k["msgs"]) <= 4 or not all(isinstance(m, str) and m.strip() for m in k["msgs"]):
            fail(f"{where}: 1-4 non-empty messages wanted")
        key = tuple(m.lower() for m in k["msgs"])
        if key in seen_text:
            fail(f"{where}: duplicate case")
        seen_text.add(key)
        if k["intent"] not in INTENTS:
            fail(f"{where}: unknown intent {k['intent']}")
        if k["lang"] not in LANGS:
            fail(f"{where}: unknown language {k['lang']}")
        if k["art"] is not None and k["art"] not in ARTICLES:
            fail(f"{where}: article {k['art']} does not exist")
        if "outside" in k["tags"] and (k["esc"] or k["art"] or k["intent"] != "other" or k["must"]):
            fail(f"{where}: an outside-shop case must be other / no article / no escalation")
        if "hardneg" in k["tags"] and k["esc"]:
            fail(f"{where}: a hard negative must not escalate")

        # order ids named in the conversation
        named = set()
        for m in k["msgs"]:
            for d in ORDER_RE.findall(m):
                named.add(f"FF-{d}")
        own = []
        for oid in sorted(named):
            o = ORDERS.get(oid)
            if oid in k["foreign"]:
                if o is None:
                    fail(f"{where}: foreign order {oid} does not exist")
                elif o["customerId"] == k["cust"]:
                    fail(f"{where}: 'foreign' order {oid} belongs to the asker")
                else:
                    for word in (o["status"],):
                        if word not in [x.lower() for x in k["nots"]]:
                            fail(f"{where}: foreign order {oid}: status '{word}' not in mustNotMention")
            elif oid in k["missing"]:
                if o is not None:
                    fail(f"{where}: 'missing' order {oid} exists")
            else:
                if o is None:
                    fail(f"{where}: order {oid} does not exist (declare it missing?)")
                elif o["customerId"] != k["cust"]:
                    fail(f"{where}: order {oid} belongs to {o['customerId']}, not {k['cust']} (declare it foreign?)")
                else:
                    own.append(o)
        for oid in k["foreign"] + k["missing"]:
            if oid not in named:
                fail(f"{where}: declared order {oid} is not named in the messages")
        if k["intent"] == "order_status" and not k["esc"] and not named and k["art"] is None:
            if not any(o["customerId"] == k["cust"] for o in ORDERS.values()):
                fail(f"{where}: order question from a customer without orders")

        # what the reply could rest on
        sources = []
        if k["art"]:
            sources.append(ARTICLES[k["art"]])
        for sku in k["prods"]:
            if sku not in PRODUCTS:
                fail(f"{where}: unknown product {sku}")
            else:
                sources.append(product_text(PRODUCTS[sku]))
        for o in own:
            sources.append(order_text(o))
        src = "\n".join(sources).lower()
        for s in k["must"]:
            if not s or len(s) > 40:
                fail(f"{where}: mustMention {s!r} is empty or too long")
            if s.lower() not in src:
                fail(f"{where}: mustMention {s!r} is not in the article/product/order data it rests on")
        if len(k["must"]) > 2:
            fail(f"{where}: more than two mustMention strings")
        last = k["msgs"][-1].lower()
        for s in k["nots"]:
            if s.lower() in src:
                fail(f"{where}: mustNotMention {s!r} appears in the data a correct reply rests on")
            if s.lower() in last:
                fail(f"{where}: mustNotMention {s!r} is in the customer's own last line")
        if k["esc"] and k["must"]:
            fail(f"{where}: a hand-over case should not demand facts")


def write_and_report():
    n = len(CASES)
    esc = sum(k["esc"] for k in CASES)
    langs = Counter(k["lang"] for k in CASES)
    non_en = n - langs["en"]
    multi = sum(len(k["msgs"]) > 1 for k in CASES)
    outside = sum("outside" in k["tags"] for k in CASES)
    hardneg = sum("hardneg" in k["tags"] for k in CASES)
    trigger = re.compile(r"\b(agent|agents|person|human|someone|service|support|cancel\w*|refund\w*|"
                         r"mitarbeiter|kundenservice|stornieren)\b", re.IGNORECASE)
    trig_neg = sum((not k["esc"]) and bool(trigger.search(k["msgs"][-1])) for k in CASES)
    foreign = sum("foreign" in k["tags"] for k in CASES)
    missing = sum("missing" in k["tags"] for k in CASES)
    with_art = sum(k["art"] is not None for k in CASES)
    with_must = sum(bool(k["must"]) for k in CASES)
    non_en_esc = sum(k["esc"] and k["lang"] != "en" for k in CASES)
    non_en_ans = non_en - non_en_esc

    if n < 260:
        fail(f"only {n} cases, want at least 260")
    if esc / n < 0.32:
        fail(f"escalation share {esc / n:.3f} below 0.32")
    if non_en / n < 0.12:
        fail(f"non-English share {non_en / n:.3f} below 0.12")
    if non_en_esc == 0 or non_en_ans == 0:
        fail("non-English cases must include hand-overs and ordinary questions")
    used = {k["art"] for k in CASES if k["art"]}
    for aid in ARTICLES:
        if aid not in used:
            fail(f"article {aid} is never expected by any case")
    statuses = Counter(ORDERS[o]["status"] for k in CASES for m in k["msgs"]
                       for o in {f"FF-{d}" for d in ORDER_RE.findall(m)} if o in ORDERS)
    for st in ("pending", "paid", "shipped", "delivered", "cancelled", "refunded"):
        if not statuses[st]:
            fail(f"no case names an order with status {st}")

    if ERRORS:
        for e in ERRORS:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(ERRORS)} inconsistencies; {OUT} not written", file=sys.stderr)
        sys.exit(1)

    with open(OUT, "w", encoding="utf-8") as f:
        for k in CASES:
            f.write(json.dumps({
                "id": k["id"], "customerId": k["cust"], "messages": k["msgs"],
                "expect": {"escalate": k["esc"], "intent": k["intent"], "article": k["art"],
                           "mustMention": k["must"], "mustNotMention": k["nots"]},
            }, ensure_ascii=False) + "\n")

    pct = lambda x: f"{x} ({100 * x / n:.1f}%)"
    print(f"wrote {OUT}")
    print(f"cases: {n}")
    print(f"escalate: {pct(esc)}")
    print(f"non-English: {pct(non_en)} (hand-overs {non_en_esc}, questions {non_en_ans})")
    print("languages: " + ", ".join(f"{l} {langs[l]} ({100 * langs[l] / n:.1f}%)" for l in sorted(langs, key=lambda l: -langs[l])))
    print(f"multi-turn: {pct(multi)}")
    print(f"outside the shop: {pct(outside)}")
    print(f"hard negatives: {pct(hardneg)} tagged; {pct(trig_neg)} non-hand-over last lines "
          "contain agent/person/human/someone/service/support/cancel/refund")
    print(f"foreign order ids: {foreign}, missing order ids: {missing}")
    print(f"with expected article: {pct(with_art)}, with mustMention: {pct(with_must)}")
    print("intents: " + ", ".join(f"{i} {c}" for i, c in Counter(k['intent'] for k in CASES).most_common()))
    print("articles: " + ", ".join(f"{a} {c}" for a, c in Counter(k['art'] for k in CASES if k['art']).most_common()))


if __name__ == "__main__":
    check_kb()
    check_cases()
    write_and_report()
