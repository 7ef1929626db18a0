#!/usr/bin/env python3
"""Generate eleventh-cases.jsonl: a held-out evaluation set for Casa Sonora,
a fictional musical-instruments and pro-audio shop in Lisbon (KB in
eleventh-kb/). Written from docs/EVAL.md alone.

Every case is checked against the KB before anything is written; the script
exits non-zero and writes nothing if a single check fails.

LABELLING CONVENTIONS (kept throughout this file)
-------------------------------------------------
* The intent is what the LAST customer message is about; earlier turns are
  only context.
* greeting / thanks / goodbye: only messages that are nothing but that.
  A closing line ("ok bye", "ate logo") is goodbye; a bare thank-you is thanks.
* human_request: the main point of the last message is to reach a person, in
  any phrasing or language ("real person pls", "can someone call me back",
  "let me talk to one of your technicians", "that didn't help, get me a
  human"). Always escalates. A vague task put to a person ("can someone look
  into it", "need someone to check") is human_request too. A message asking
  staff to do a concrete order action (cancel, refund, change an order,
  prepare a quote) keeps its topic intent and also escalates.
* order_status: status / tracking / delivery of a specific order; lost
  parcels (escalate); requests to change the address, items or delivery
  method of an existing order (escalate); the general question "can I change
  the address after ordering?" (no escalation, article order-changes);
  questions about an order that belongs to someone else or doesn't exist (no
  escalation, nothing disclosed: mustNotMention holds that order's tracking
  number, total or items).
* return_refund: returns, refunds, exchanges, cancellation (policy question:
  no escalation; "please cancel CS-...": escalate, article order-changes),
  refund that never arrived (escalate), warranty and repair policy,
  refund requests for a specific purchase (escalate).
* shipping: zones, prices, delivery times, carriers, islands, non-EU
  countries, click & collect, Lisbon same-day, piano delivery, general
  "where do I find my tracking number", and what to do IF a delivery arrives
  damaged (hypothetical, article damaged-deliveries, no escalation).
* complaint: anger or frustration; an actual damaged / broken delivery
  reported for an order (escalate, article damaged-deliveries); a disputed
  warranty decision (escalate, article warranty-repairs); "your answer
  doesn't help" with no new concrete problem (escalate). Calm feedback that
  says no action is needed is complaint without escalation.
  A stuck follow-up that restates a concrete problem ("I did that, the reset
  email still never comes") keeps the topic intent (account, payment...) and
  escalates.
* payment: payment methods, card holds, double charges (escalate), invoices,
  NIF and VAT, Klarna / Cofidis financing, gift cards, student and teacher
  discounts, trade-in (it is credit towards a purchase).
* account: login, password, locked or hacked accounts (hacked, or still
  locked after self-service: escalate), changing email, privacy / data
  download / account deletion how-tos (no escalation), formal GDPR or legal
  demands (escalate, article privacy), newsletter, Sonora Club loyalty points
  and levels.
* product_info: products, prices, stock, specs, pre-orders and stock alerts,
  sheet-music special orders, workshop services (setups, tuning, repair
  prices), instrument rental, bulk / school quotes (escalate, article
  education-discounts).
* other: contact channels, phone numbers, e-mail addresses, opening hours,
  showroom location and visits (articles contact-us / showroom /
  workshop-services), and anything outside the shop: weather, jokes,
  homework, trivia (article null).
* article: the KB article a correct answer rests on. null for lookups
  answered from products.json / orders.json alone, greetings / thanks /
  goodbye, pure human requests, generic angry messages and off-topic lines.
  Escalated cases keep the article of the policy that governs them.
* mustMention: only literal facts from the expected article or from the
  product / order data (prices, numbers, names, e-mails, tracking numbers).
  For non-English cases only language-neutral tokens (no decimal numbers, no
  English words), because the reply is expected in the customer's language.
  Escalated cases mostly have none: the reply is a hand-over.
* mustNotMention: other customers' tracking numbers / totals / items, or
  facts that would be invented; never something the expected article says.
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 11011
HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, "eleventh-kb")
OUT = os.path.join(HERE, "eleventh-cases.jsonl")

INTENTS = {"greeting", "thanks", "goodbye", "order_status", "return_refund",
           "shipping", "product_info", "payment", "account", "complaint",
           "human_request", "other"}
LANGS = {"en", "pt", "es", "fr", "de", "it", "nl", "pl", "cs", "ro", "sv",
         "no", "tr"}

# Article ids (checked against the KB below).
SR, IS, CC, OT, PS = ("shipping-rates", "islands-and-non-eu",
                      "click-and-collect", "order-tracking", "preorders-stock")
DD, RR, OC, WR, WS = ("damaged-deliveries", "returns-refunds", "order-changes",
                      "warranty-repairs", "workshop-services")
IR, FI, TI, PM, IV = ("instrument-rental", "financing", "trade-in",
                      "payment-methods", "invoices-vat")
GC, SC, AL, PR, SH = ("gift-cards", "sonora-club", "account-login", "privacy",
                      "showroom")
CU, ED, SM, PD = ("contact-us", "education-discounts", "sheet-music",
                  "piano-delivery")

CASES = []


def _add(esc, lang, msgs, intent, article=None, must=(), mustnot=(),
         orders=(), skus=(), cust=None, foreign=(), missing=(), kind=None):
    if isinstance(msgs, str):
        msgs = [msgs]
    CASES.append({
        "escalate": esc, "lang": lang, "messages": list(msgs),
        "intent": intent, "article": article, "must": list(must),
        "mustnot": list(mustnot), "orders": list(orders), "skus": list(skus),
        "cust": cust, "foreign": list(foreign), "missing": list(missing),
        "kind": kind,
    })


def A(lang, msgs, intent, article=None, must=(), **kw):
    """A case the assistant answers itself (escalate: false)."""
    _add(False, lang, msgs, intent, article, must, **kw)


def H(lang, msgs, intent, article=None, must=(), **kw):
    """A case that must be handed to a person (escalate: true)."""
    _add(True, lang, msgs, intent, article, must, **kw)


# ---------------------------------------------------------------------------
# Greetings, thanks, goodbyes
# ---------------------------------------------------------------------------
A("en", "hi", "greeting")
A("en", "hello there", "greeting")
A("en", "good morning!!", "greeting")
A("pt", "olá boa tarde", "greeting")
A("pt", "bom dia", "greeting")
A("es", "hola buenas", "greeting")
A("fr", "bonjour", "greeting")
A("de", "Hallo zusammen", "greeting")
A("it", "ciao!", "greeting")
A("no", "hei hei", "greeting")
A("tr", "merhaba", "greeting")
A("en", "thanks a lot, thats exactly what i needed", "thanks")
A("en", "cheers mate", "thanks")
A("pt", "obrigada pela ajuda :)", "thanks")
A("pt", "ok obg", "thanks")
A("es", "muchas gracias!!", "thanks")
A("de", "danke dir, super", "thanks")
A("sv", "tack så mycket!", "thanks")
A("no", "tusen takk for hjelpen", "thanks")
A("tr", "çok teşekkürler, sağ olun", "thanks")
A("pl", "dzięki wielkie", "thanks")
A("ro", "mulțumesc frumos", "thanks")
A("en", "ok bye", "goodbye")
A("en", "that's all for now, have a good one", "goodbye")
A("pt", "pronto, até logo", "goodbye")
A("fr", "au revoir et bonne soirée", "goodbye")
A("it", "ok a presto", "goodbye")
A("nl", "doei!", "goodbye")
A("cs", "dobře, to je všechno, na shledanou", "goodbye")
A("no", "ha det bra", "goodbye")

# ---------------------------------------------------------------------------
# Shipping: zones, prices, times, carriers, islands, non-EU, collect
# ---------------------------------------------------------------------------
A("en", "how much is shipping to porto?", "shipping", SR, ["4.90"])
A("en", "do you do free shipping? my order is 85 euros, going to Coimbra", "shipping", SR, ["99"])
A("en", "whats the free shipping threshold for germany", "shipping", SR, ["249"])
A("en", "how long does delivery take to Dublin", "shipping", SR, ["8 working days"])
A("en", "if i order before lunch will it ship today", "shipping", OT, ["14:00"])
A("en", "express delivery price to madrid?", "shipping", SR, ["14.90"])
A("en", "do u ship to switzerland", "shipping", IS, ["39", "DHL"])
A("en", "shipping to the UK after brexit, how much and do i pay customs on top?", "shipping", IS, ["29"])
A("en", "Can you ship a drum kit to Ponta Delgada (Azores)?", "shipping", IS, ["65"])
A("en", "hi im in Tenerife, will I get charged anything extra when the parcel arrives?", "shipping", IS, ["IGIC"])
A("en", "which courier do you use inside portugal", "shipping", SR, ["CTT"])
A("en", "can i just pick up my order at your store instead of paying shipping", "shipping", CC, ["free"])
A("en", "same day delivery in lisbon? how much", "shipping", CC, ["12"])
A("en", "I live in Oeiras - can I get same-day delivery too?", "shipping", CC, ["15"])
A("en", "how much to deliver an upright piano to a 3rd floor flat with no lift in Lisbon", "shipping", PD, ["150", "30"])
A("en", "do you take away the old piano when you deliver the new one", "shipping", PD, ["120"])
A("en", "could you ship an acoustic piano to Madrid", "shipping", PD, ["mainland"])
A("en", "my tracking number hasn't updated since yesterday, is that normal?", "shipping", OT, ["24 hours"])
A("en", "where do i find the tracking number for my order", "shipping", OT, ["Account"])
A("en", "what should i do if the box arrives smashed?", "shipping", DD, ["48 hours"])
A("en", "do you ship to turkey", "shipping", IS, ["Turkey"])
A("en", "ordering to Corsica, is there any extra cost??", "shipping", IS, ["8"])
A("en", "is shipping free to Sardinia like the rest of Italy", "shipping", IS, ["249"])
A("en", "how long do you keep a click and collect order before cancelling it", "shipping", CC, ["10 days"])
A("pt", "posso ir buscar à loja? moro em lisboa", "shipping", CC, ["Rua da Prata"])
A("pt", "quanto custa a entrega de um piano vertical em sintra, 2º andar sem elevador", "shipping", PD, ["150"])
A("pt", "Têm recolha no armazém de Marvila?", "shipping", CC, ["Rua do Açúcar"])
A("pt", "quanto tempo guardam a encomenda para levantar na loja", "shipping", CC, ["10"])
A("pt", "se a caixa chegar amassada o que devo fazer", "shipping", DD, ["48"])
A("es", "vivo en Las Palmas, tengo que pagar aduana??", "shipping", IS, ["IGIC"])
A("es", "hacéis envíos a Mallorca? desde cuánto sale gratis", "shipping", IS, ["249"])
A("es", "¿Puedo recoger el pedido en vuestra tienda de Lisboa? voy de viaje la semana que viene", "shipping", CC, ["Rua da Prata"])
A("es", "¿con qué transportista enviáis el urgente a Barcelona?", "shipping", SR, ["UPS"])
A("fr", "livraison en Corse possible ? il y a un supplément ?", "shipping", IS, ["8"])
A("de", "Versendet ihr ein E-Drum-Set nach München? Gibt es einen Sperrgutzuschlag?", "shipping", SR, ["45"])
A("de", "Kann ich Express nach Hamburg bestellen, mit welchem Paketdienst kommt das?", "shipping", SR, ["UPS"])
A("it", "spedite in Sardegna? costa di più?", "shipping", IS, ["12"])
A("nl", "kan ik een digitale piano naar Amsterdam laten sturen, zijn er extra kosten?", "shipping", SR, ["45"])
A("pl", "od jakiej kwoty darmowa dostawa do polski", "shipping", SR, ["349"])
A("pl", "ile dni idzie paczka do Krakowa", "shipping", SR, ["8"])
A("cs", "kolik stojí doprava do Česka a od kolika je zdarma?", "shipping", SR, ["349"])
A("cs", "posíláte i bicí soupravu do Brna? je tam příplatek?", "shipping", SR, ["45"])
A("ro", "livrați gratuit în Cluj peste ce sumă?", "shipping", SR, ["349"])
A("sv", "vad kostar frakt till Sverige?", "shipping", SR, ["18"])
A("sv", "hur lång tid tar leverans till Göteborg", "shipping", SR, ["8"])
A("sv", "kan jag få expressleverans till Stockholm, vad kostar det", "shipping", SR, ["24"])
A("no", "Sender dere til Norge? Hva koster frakten?", "shipping", IS, ["39"])
A("no", "hvor lang tid tar det å få en pakke til Trondheim", "shipping", IS, ["4"])
A("no", "slipper jeg portugisisk moms når jeg bestiller til Norge?", "payment", IS, ["23"])
A("tr", "Türkiye'ye gönderim yapıyor musunuz?", "shipping", IS)
A("tr", "İspanya'ya ücretsiz kargo kaç euro'dan başlıyor?", "shipping", SR, ["149"])

# ---------------------------------------------------------------------------
# Returns, refunds, warranty (policy questions: no escalation)
# ---------------------------------------------------------------------------
A("en", "whats your refund policy", "return_refund", RR, ["30 days"])
A("en", "can i return strings if i opened them", "return_refund", RR, ["opened"])
A("en", "how much does it cost to send a return back from spain", "return_refund", RR, ["9.90"])
A("en", "is return shipping free within portugal?", "return_refund", RR, ["free"])
A("en", "how long until i get my money back after returning something", "return_refund", RR, ["5 working days"])
A("en", "bought a guitar in the showroom last week, can i still return it?", "return_refund", RR, ["30"])
A("en", "returning a digital piano - do you collect it or do I have to ship it?", "return_refund", RR, ["35"])
A("en", "can i swap a classical guitar for a different model, how do exchanges work", "return_refund", RR)
A("en", "how long is the warranty on a digital piano", "return_refund", WR, ["3 years"])
A("en", "is a snapped string covered by warranty lol", "return_refund", WR)
A("en", "what's the warranty on b-stock stuff", "return_refund", WR, ["18 months"])
A("en", "how much do you charge just to look at a broken keyboard that's out of warranty", "return_refund", WR, ["25"])
A("en", "my amp from you stopped working after 2 years. how do i make a claim?", "return_refund", WR, ["warranty claim"])
A("en", "What's your cancellation policy? asking before I order", "return_refund", OC)
A("en", "can a pre-order be cancelled if it takes too long", "return_refund", PS, ["before"])
A("en", "I want to order a custom colour guitar. can I still cancel it later?", "return_refund", OC, ["48 hours"])
A("en", "what's your refund policy for sheet music?", "return_refund", SM, ["30 days"])
A("en", "i read the refund policy, does it also apply to b-stock items?", "return_refund", RR, ["30"])
A("en", "where do i send a return to? need the address", "return_refund", RR, ["Rua do Açúcar 64"])
A("en", "does the warranty cover a guitar i dropped down the stairs?", "return_refund", WR)
A("pt", "comprei um piano vertical, posso devolver se não gostar?", "return_refund", RR, ["14", "180"])
A("pt", "quanto custa o diagnóstico de um teclado fora da garantia", "return_refund", WR, ["25"])
A("pt", "posso devolver cordas que já abri?", "return_refund", RR)
A("es", "la garantía cubre si se me cae la guitarra al suelo?", "return_refund", WR)
A("de", "Wann bekomme ich mein Geld zurück nach der Rücksendung?", "return_refund", RR, ["5"])
A("de", "Kann ich eine Bestellung stornieren, bevor sie verschickt wird? nur allgemein gefragt", "return_refund", OC)
A("it", "posso restituire degli in-ear se li ho già provati?", "return_refund", RR)
A("nl", "wat kost retourneren vanuit Nederland", "return_refund", RR, ["9"])
A("cs", "jak dlouhá je záruka na kytaru?", "return_refund", WR, ["3"])
A("cs", "jaké máte podmínky pro vrácení peněz?", "return_refund", RR, ["30"])
A("sv", "hur lång ångerrätt har ni?", "return_refund", RR, ["30"])
A("no", "kan jeg avbestille en forhåndsbestilling?", "return_refund", PS)

# Order-change policy questions (no specific order: no escalation)
A("en", "can i change the delivery address after ordering?", "order_status", OC)
A("en", "how do I cancel an order? just asking in case i need to", "return_refund", OC)
A("pt", "posso alterar a morada de entrega depois de encomendar?", "order_status", OC)

# ---------------------------------------------------------------------------
# Payment, invoices, financing, gift cards, discounts, trade-in
# ---------------------------------------------------------------------------
A("en", "what payment methods do you accept", "payment", PM, ["PayPal"])
A("en", "can i pay cash on delivery", "payment", PM, ["cash on delivery"])
A("en", "how long is a multibanco reference valid", "payment", PM, ["72 hours"])
A("en", "do you take amex", "payment", PM, ["American Express"])
A("en", "why is there a pending charge on my card when the order hasn't even shipped", "payment", PM, ["7 days"])
A("en", "can i pay in instalments", "payment", FI, ["Klarna"])
A("en", "is there 0% financing on a piano? how many months", "payment", FI, ["10 months"])
A("en", "is the cofidis financing available if i live in Spain", "payment", FI, ["Portugal"])
A("en", "do your prices include VAT", "payment", IV, ["23%"])
A("en", "i'm a company in germany with a vat number, can i buy without portuguese vat", "payment", IV, ["reverse charge"])
A("en", "forgot to put my NIF when i ordered, can it still go on the invoice?", "payment", IV, ["5 days"])
A("en", "where can i download my invoice", "payment", IV, ["Account"])
A("en", "do you sell gift cards? whats the max amount", "payment", GC, ["500"])
A("en", "how long are gift cards valid", "payment", GC, ["24 months"])
A("en", "can i use more than one gift card on one order", "payment", GC, ["3"])
A("en", "how do i check my gift card balance", "payment", GC, ["balance"])
A("en", "can a gift card be used to pay the monthly rental fee", "payment", GC)
A("en", "is there a student discount", "payment", ED, ["10%"])
A("en", "I'm a piano teacher, do I get any discount?", "payment", ED, ["15%"])
A("en", "does the student discount work on sale items?", "payment", ED)
A("en", "how do i prove im a student to get the discount", "payment", ED, ["Education"])
A("en", "do you accept trade-ins?", "payment", TI, ["store credit"])
A("en", "if i trade in my old pedalboard can i get cash instead of credit?", "payment", TI, ["15%"])
A("en", "how long is a trade-in quote valid for", "payment", TI, ["14 days"])
A("en", "do you take an old acoustic piano as a trade in", "payment", TI)
A("en", "my card keeps getting declined at checkout, any idea why", "payment", PM, ["3-D Secure"])
A("en", "can i pay in dollars?", "payment", PM, ["euros"])
A("en", "whats the max i can pay in cash at the showroom", "payment", PM)
A("en", "I paid by bank transfer this morning, how long before you see it?", "payment", PM, ["working days"])
A("pt", "onde descarrego a fatura da minha compra?", "payment", IV)
A("pt", "o cartão presente tem validade?", "payment", GC, ["24"])
A("pt", "desconto de estudante do conservatório, quanto é?", "payment", ED, ["10"])
A("pt", "sou professora de piano, há desconto?", "payment", ED, ["15"])
A("pt", "retomam guitarras usadas? como funciona", "payment", TI)
A("pt", "os preços incluem IVA?", "payment", IV, ["23"])
A("es", "soy empresa en España con CIF intracomunitario, ¿me facturáis sin IVA?", "payment", IV, ["VIES"])
A("es", "descuento para profesores de música?", "payment", ED, ["15"])
A("fr", "la carte cadeau est valable combien de temps ?", "payment", GC, ["24"])
A("fr", "je vois un montant en attente sur ma carte alors que la commande n'est pas encore partie, c'est normal ?", "payment", PM, ["7"])
A("de", "Kann ich per Überweisung bezahlen?", "payment", PM)
A("de", "Gibt es Ratenzahlung?", "payment", FI, ["Klarna"])
A("nl", "kan ik met iDEAL betalen?", "payment", PM)
A("nl", "hoe lang is een cadeaukaart geldig", "payment", GC, ["24"])
A("pl", "czy ceny zawierają VAT? jestem z Polski", "payment", IV)
A("cs", "můžu platit kartou nebo přes PayPal?", "payment", PM, ["PayPal"])
A("ro", "se poate plăti în rate din România?", "payment", FI, ["Klarna"])
A("sv", "presentkort, hur länge gäller det?", "payment", GC, ["24"])
A("no", "kan jeg betale med Vipps?", "payment", PM)
A("tr", "kapıda ödeme var mı?", "payment", PM)

# ---------------------------------------------------------------------------
# Account, privacy, Sonora Club (self-service: no escalation)
# ---------------------------------------------------------------------------
A("en", "how do i reset my password", "account", AL, ["Forgot password"])
A("en", "the reset link says expired??", "account", AL, ["60 minutes"])
A("en", "i got locked out after typing the wrong password a few times, how long do i wait", "account", AL, ["30 minutes"])
A("en", "how do i change the email on my account", "account", AL, ["Settings"])
A("en", "can i turn on two factor login", "account", AL, ["authenticator"])
A("en", "how do i delete my account", "account", PR, ["Delete account"])
A("en", "do you sell my data to anyone", "account", PR)
A("en", "how can i download all the data you have on me", "account", PR, ["Download my data"])
A("en", "what's the email of your data protection officer", "account", PR, ["privacidade@casasonora.pt"])
A("en", "why do you keep my invoices after I delete my account?", "account", PR, ["10 years"])
A("en", "how do i stop getting the newsletter", "account", PR, ["unsubscribe"])
A("en", "how does the sonora club work", "account", SC, ["1 point"])
A("en", "how many points do i need for a voucher", "account", SC, ["250"])
A("en", "do loyalty points expire", "account", SC, ["24 months"])
A("en", "what do you get at the sinfonia level", "account", SC, ["10%"])
A("en", "i returned something, what happens to the points i got for it", "account", SC, ["removed"])
A("en", "why don't i see points from last week's order yet", "account", SC, ["30 days"])
A("en", "can I cancel my Sonora Club membership?", "account", SC, ["points"])
A("en", "do i get points when buying gift cards", "account", SC)
A("en", "I have two accounts with different emails, can they be merged?", "account", AL)
A("pt", "esqueci-me da palavra-passe, como faço?", "account", AL)
A("pt", "como apago a minha conta?", "account", PR)
A("pt", "quero saber que dados têm sobre mim, como faço?", "account", PR)
A("pt", "qual o email do encarregado de proteção de dados?", "account", PR, ["privacidade@casasonora.pt"])
A("pt", "quantos pontos preciso para o nível Acorde", "account", SC, ["500"])
A("pt", "bloqueei a conta com tentativas erradas, quanto tempo tenho de esperar", "account", AL, ["30"])
A("pt", "como cancelo a subscrição da newsletter?", "account", PR)
A("fr", "comment supprimer mon compte ?", "account", PR)
A("fr", "je ne reçois pas l'email de réinitialisation du mot de passe", "account", AL, ["10"])
A("de", "Wie kann ich meine Daten löschen lassen? Geht das normal über das Konto?", "account", PR, ["30"])
A("it", "come disattivo la newsletter?", "account", PR)
A("nl", "hoeveel punten krijg ik per euro?", "account", SC, ["1"])
A("pl", "jak zresetować hasło?", "account", AL)
A("cs", "jak si stáhnu svá osobní data?", "account", PR)

# ---------------------------------------------------------------------------
# Products, stock, workshop services, rental, pre-orders, sheet music
# ---------------------------------------------------------------------------
A("en", "how much is the stage 88", "product_info", None, ["899"], skus=["KEY-101"])
A("en", "is the synth nova 49 in stock", "product_info", None, skus=["KEY-301"])
A("en", "do you have the 10-46 strings and how much are they", "product_info", None, ["24.90"], skus=["STR-101"])
A("en", "how many keys does the mini 25 have lol", "product_info", None, ["25"], skus=["KEY-201"])
A("en", "whats the difference between the voxa 58 and the voxa c1", "product_info", None, ["dynamic", "condenser"], skus=["MIC-101", "MIC-201"])
A("en", "does the link 2i2 work with a mac", "product_info", None, ["mac"], skus=["AUD-101"])
A("en", "price of the tejo pb-4 bass?", "product_info", None, ["479"], skus=["BAS-101"])
A("en", "are the studio 5 monitors sold as a pair or single", "product_info", None, ["pair"], skus=["AUD-301"])
A("en", "what's included with the fusion 20 kit, do i get cymbals?", "product_info", None, ["cymbals"], skus=["DRM-201"])
A("en", "does the stage 88 have weighted keys or is it synth action", "product_info", None, ["hammer"], skus=["KEY-101"])
A("en", "Does the Home 88 come with a bench?", "product_info", None, ["bench"], skus=["KEY-102"])
A("en", "looking for closed back headphones for recording, what have you got", "product_info", None, ["HX-50"], skus=["AUD-401"])
A("en", "got any ukuleles?", "product_info", None, ["59"], skus=["UKU-101"])
A("en", "how much is the portuguese guitar, the lisboa model", "product_info", None, ["250"], skus=["GTR-401"])
A("en", "is the upright piano on display in the shop? id like to play it first", "product_info", None, ["showroom"], skus=["PNO-121"])
A("en", "is the tejo t-52 back in stock yet", "product_info", None, skus=["GTR-102"])
A("en", "5A drumsticks price?", "product_info", None, ["29.90"], skus=["DRM-401"])
A("en", "got a cajon for a beginner? how much", "product_info", None, ["129"], skus=["DRM-301"])
A("en", "fado songbook vol 2 - in stock?", "product_info", None, ["22"], skus=["SHT-101"])
A("en", "do you have the grade 3 piano exam book? if not can you get it", "product_info", SM, ["4 weeks"], skus=["SHT-102"])
A("en", "does the voxa c1 need phantom power", "product_info", None, ["48V"], skus=["MIC-201"])
A("en", "how much for a guitar setup", "product_info", WS, ["45"])
A("en", "do your technicians set up guitars?", "product_info", WS, ["45"])
A("en", "piano tuning at home in lisbon, price?", "product_info", WS, ["90"])
A("en", "i bought a tejo s-60 from you last month, is the first setup free?", "product_info", WS, ["60 days"])
A("en", "how long does a fret level take", "product_info", WS, ["7 working days"])
A("en", "can you install a pickup for me, what does it cost", "product_info", WS, ["35"])
A("en", "what's the service fee for tuning a drum kit", "product_info", WS, ["40"])
A("en", "what does your repair service charge to look at a keyboard that won't turn on?", "product_info", WS, ["25"])
A("en", "do your piano tuners come up to porto?", "product_info", WS, ["120"])
A("en", "who tunes the pianos, your own staff?", "product_info", WS, ["certified piano technicians"])
A("en", "can i rent a digital piano for my kid", "product_info", IR, ["35"])
A("en", "whats the minimum rental period", "product_info", IR, ["3 months"])
A("en", "if we rent and then decide to buy, does the rent count?", "product_info", IR, ["12 months"])
A("en", "can i rent an instrument if i live in spain", "product_info", IR, ["mainland"])
A("en", "deposit for renting the e-drums?", "product_info", IR, ["100"])
A("en", "whats the notice period to end a rental", "product_info", IR, ["15 days"])
A("en", "can i preorder the link 8x8", "product_info", PS, skus=["AUD-201"])
A("en", "how does the notify me button work, does it hold the item for me?", "product_info", PS, ["Notify me"])
A("en", "do you sell pdf sheet music", "product_info", SM, ["PDF"])
A("pt", "têm guitarra portuguesa?", "product_info", None, ["Lisboa"], skus=["GTR-401"])
A("pt", "qual a diferença de preço entre o stage 88 e o home 88", "product_info", None, ["899"], skus=["KEY-101", "KEY-102"])
A("pt", "quanto custa afinar um piano em casa, em lisboa", "product_info", WS, ["90"])
A("pt", "preço de uma regulação de guitarra elétrica?", "product_info", WS, ["45"])
A("pt", "fazem setup em guitarras clássicas?", "product_info", WS, ["55"])
A("pt", "alugam pianos digitais? preço por mês", "product_info", IR, ["35"])
A("pt", "posso alugar um piano vertical? qual o prazo mínimo", "product_info", IR, ["12"])
A("pt", "o ukulele soprano traz saco?", "product_info", None, skus=["UKU-101"])
A("pt", "tem o livro de fado vol. 2? quanto é", "product_info", None, ["22"], skus=["SHT-101"])
A("pt", "os vossos técnicos fazem setup a guitarras compradas noutra loja?", "product_info", WS)
A("pt", "faz instalação de captadores? quanto tempo demora", "product_info", WS, ["3"])
A("es", "¿cuánto cuesta la interfaz Link 2i2?", "product_info", None, ["169"], skus=["AUD-101"])
A("fr", "le micro Voxa C1 a besoin d'alimentation fantôme ?", "product_info", None, ["48V"], skus=["MIC-201"])
A("fr", "vous faites la location de batterie électronique ?", "product_info", IR, ["32"])
A("de", "Was kostet das Link 8x8 und ist es lieferbar?", "product_info", None, ["749"], skus=["AUD-201"])
A("de", "Macht eure Werkstatt auch Bundabrichten? Was kostet das?", "product_info", WS, ["120"])
A("de", "Sind eure Techniker auch für Bassgitarren zuständig?", "product_info", WS, ["50"])
A("it", "quanto costa la chitarra acustica Ribeira D-28?", "product_info", None, ["389"], skus=["GTR-301"])
A("it", "fate accordatura di pianoforti a domicilio?", "product_info", WS, ["90"])
A("nl", "wat kost het Mini 25 midi keyboard", "product_info", None, ["79"], skus=["KEY-201"])
A("pl", "ile kosztuje gitara Tejo S-60?", "product_info", None, ["449"], skus=["GTR-101"])
A("pl", "czy wasz serwis naprawia wzmacniacze? ile kosztuje diagnoza", "product_info", WS, ["25"])
A("cs", "máte struny na basu 45-105?", "product_info", None, skus=["STR-103"])
A("ro", "cât costă pianul digital Stage 88?", "product_info", None, ["899"], skus=["KEY-101"])
A("ro", "aveți ukulele? cât costă", "product_info", None, ["59"], skus=["UKU-101"])
A("ro", "tehnicienii voștri acordează și piane?", "product_info", WS, ["90"])
A("sv", "vad kostar Studio 5 högtalarna?", "product_info", None, ["329"], skus=["AUD-301"])
A("no", "kan dere stemme piano hjemme hos meg i Oslo?", "product_info", WS, ["Portugal"])
A("no", "har dere egne gitarteknikere som kan justere gitaren min?", "product_info", WS, ["45"])
A("tr", "elektronik davul kiralıyor musunuz? aylık ne kadar", "product_info", IR, ["32"])
A("tr", "teknisyenleriniz piyano akordu yapıyor mu?", "product_info", WS, ["90"])

# ---------------------------------------------------------------------------
# Contact channels, opening hours, showroom (hard negatives: intent other)
# ---------------------------------------------------------------------------
A("en", "what's your customer service phone number?", "other", CU, ["213 470 118"])
A("en", "what time does the showroom close on saturday", "other", SH, ["19:00"])
A("en", "are you open sundays", "other", SH, ["closed"])
A("en", "where is your shop exactly", "other", SH, ["Rua da Prata"])
A("en", "nearest metro to your store?", "other", SH, ["Baixa-Chiado"])
A("en", "do you have whatsapp", "other", CU, ["912 470 118"])
A("en", "email for support?", "other", CU, ["apoio@casasonora.pt"])
A("en", "what hours is the phone line open", "other", CU, ["18:00"])
A("en", "does the support team speak german?", "other", CU, ["email"])
A("en", "is there parking near the showroom", "other", SH, ["Chão do Loureiro"])
A("en", "who do i contact about an artist endorsement", "other", CU, ["parcerias@casasonora.pt"])
A("en", "is there a manager i can email about sponsoring our jazz festival?", "other", CU, ["parcerias@casasonora.pt"])
A("en", "are you open on public holidays?", "other", SH, ["closed"])
A("en", "can i come in and try the drums before buying", "other", SH, ["drum booth"])
A("en", "how quickly do you answer emails", "other", CU, ["1 working day"])
A("en", "what's the workshop phone number", "other", CU, ["213 470 119"])
A("en", "i don't need a person, just tell me what time you open tomorrow (friday)", "other", SH, ["10:00"])
A("en", "no need for an agent lol, just the weekday opening hours pls", "other", SH, ["19:30"])
A("en", "do you have a complaints book?", "other", CU, ["Livro de Reclamações"])
A("en", "which number do I call for customer service, and what does it cost?", "other", CU, ["213 470 118"])
A("en", "is your customer service team available on saturdays?", "other", CU, ["Saturday"])
A("en", "is the live chat staffed by humans on sundays or is it only the bot?", "other", CU, ["24/7"])
A("en", "is there someone in the showroom who speaks english?", "other", SH, ["English"])
A("en", "can your staff help me choose a microphone if I drop by?", "other", SH)
A("en", "whats the workshop open on? i want to drop off my bass on monday", "other", WS, ["Tuesday"])
A("en", "do you run any free workshops or events at the store", "other", SH, ["first Saturday"])
A("pt", "qual o horário da loja?", "other", SH, ["19"])
A("pt", "qual o número de telefone do apoio ao cliente?", "other", CU, ["213 470 118"])
A("pt", "não preciso de falar com ninguém, só quero o email do apoio", "other", CU, ["apoio@casasonora.pt"])
A("pt", "a oficina abre à segunda-feira?", "other", WS)
A("pt", "há estacionamento perto da loja da rua da prata?", "other", SH, ["Chão do Loureiro"])
A("pt", "onde está o livro de reclamações online?", "other", CU, ["Livro de Reclamações"])
A("es", "¿tenéis teléfono de atención al cliente? ¿habláis español?", "other", CU, ["213 470 118"])
A("fr", "vous avez un numéro WhatsApp ?", "other", CU, ["912 470 118"])
A("fr", "on peut vous écrire en français ?", "other", CU)
A("de", "Ich brauche keinen Mitarbeiter, nur eure E-Mail-Adresse bitte", "other", CU, ["apoio@casasonora.pt"])
A("it", "orari del negozio a Lisbona?", "other", SH, ["19"])
A("it", "avete un indirizzo email per l'assistenza clienti?", "other", CU, ["apoio@casasonora.pt"])
A("it", "non serve un operatore, mi dite solo gli orari del negozio il sabato?", "other", SH, ["19"])
A("nl", "wat is jullie telefoonnummer?", "other", CU, ["213 470 118"])
A("nl", "tot hoe laat zitten er mensen in de chat?", "other", CU, ["20"])
A("pl", "jaki macie adres sklepu w Lizbonie?", "other", SH, ["Rua da Prata"])
A("sv", "vilket telefonnummer har kundtjänst?", "other", CU, ["213 470 118"])
A("no", "jeg trenger ikke snakke med noen, bare gi meg e-postadressen deres", "other", CU, ["apoio@casasonora.pt"])
A("no", "har dere en butikksjef jeg kan sende en samarbeidsforespørsel til?", "other", CU, ["parcerias@casasonora.pt"])
A("tr", "müşteri hizmetleri telefon numaranız nedir?", "other", CU, ["213 470 118"])
A("tr", "mağazada ürün seçmeme yardım edecek personel var mı?", "other", SH)

# Hard negatives with "agent", "refund", "cancel", "support", "human" in a plain question
A("en", "I don't need a human, just tell me how long refunds take", "return_refund", RR, ["5 working days"])
A("en", "not asking for an agent, just the address to send returns to", "return_refund", RR, ["Rua do Açúcar 64"])
A("en", "what would a customer service agent tell me to do if my parcel arrives damaged? can i report it online?", "shipping", DD, ["Report a problem"])
A("en", "i was going to ask for an agent but maybe you know: do you ship to malta?", "shipping", SR, ["18.90"])
A("en", "whats the cancellation period for rentals", "product_info", IR, ["15 days"])
A("es", "no necesito hablar con un agente, solo dime el plazo de devolución", "return_refund", RR, ["30"])
A("fr", "pas besoin d'un conseiller, dites-moi juste combien de temps prend un remboursement", "return_refund", RR, ["5"])
A("de", "Ich brauche keinen Mitarbeiter – wie lange dauert eine Erstattung?", "return_refund", RR, ["5"])
A("pt", "não preciso de falar com ninguém, só quero saber se enviam para a madeira", "shipping", IS)
A("sv", "behöver ingen människa, bara: hur lång är returrätten?", "return_refund", RR, ["30"])
A("no", "trenger ikke en person, bare si hva returfristen er", "return_refund", RR, ["30"])
A("tr", "temsilciye gerek yok, sadece iade politikanızı öğrenmek istiyorum", "return_refund", RR, ["30"])
A("pl", "nie potrzebuję konsultanta, ile kosztuje ekspresowa wysyłka do Polski?", "shipping", SR, ["24"])

# Calm feedback, no action wanted
A("en", "just fyi the box for my strings was a bit squashed but everything inside is fine, no action needed", "complaint")
A("pt", "só um reparo: o estafeta deixou a caixa à porta sem tocar, mas chegou tudo bem. não é preciso fazerem nada", "complaint")

# ---------------------------------------------------------------------------
# Order status: the customer's own orders
# ---------------------------------------------------------------------------
A("en", "any update on CS-487780?", "order_status", None, ["pending"], orders=["CS-487780"])
A("en", "whats happening with the refund for CS-488341", "order_status", None, ["refunded"], orders=["CS-488341"])
A("en", "hey where's my strings order CS-481907", "order_status", None, ["shipped", "EA402918375PT"], orders=["CS-481907"])
A("en", "has my portuguese guitar shipped yet? order CS-489104", "order_status", None, orders=["CS-489104"])
A("en", "Hi, I ordered the Volta e-kit (CS-482190), can you give me the tracking?", "order_status", None, ["1Z8V42E36804471159"], orders=["CS-482190"])
A("en", "was order CS-484733 delivered? my neighbour might have taken it in", "order_status", None, ["delivered"], orders=["CS-484733"])
A("en", "status of CS-487512 please", "order_status", None, ["delivered"], orders=["CS-487512"])
A("en", "track CS-485021", "order_status", None, ["4829105736"], orders=["CS-485021"])
A("en", "which carrier has my order CS-486115?", "order_status", None, ["DPD"], orders=["CS-486115"])
A("en", "order CS-486904 tracking number?", "order_status", None, ["05120353318840"], orders=["CS-486904"])
A("en", "where is my guitar?? ordered it last week to funchal", "order_status", None, ["EA720019384PT"], orders=["CS-488016"])
A("en", "when will my audio interface ship, CS-487233", "order_status", None, orders=["CS-487233"])
A("en", "did my drumsticks get delivered? CS-485802", "order_status", None, ["delivered"], orders=["CS-485802"])
A("en", "what was the total on CS-482455 again", "order_status", None, ["388"], orders=["CS-482455"])
A("pt", "o piano da encomenda CS-480112 foi entregue, certo?", "order_status", None, orders=["CS-480112"])
A("pt", "a bateria CS-485640 já foi expedida?", "order_status", None, orders=["CS-485640"])
A("pt", "ja pagaram a guitarra portuguesa? encomenda CS-489104", "order_status", None, orders=["CS-489104"])
A("es", "qué transportista lleva mi pedido CS-484118", "order_status", None, ["CTT"], orders=["CS-484118"])
A("de", "bestellung 482190 wo ist die", "order_status", None, ["1Z8V42E36804471159"], orders=["CS-482190"])
A("fr", "ma commande CS-486590 est bien livrée ?", "order_status", None, orders=["CS-486590"])
A("nl", "is CS-484733 al bezorgd?", "order_status", None, orders=["CS-484733"])
A("nl", "is het geld voor CS-484560 al teruggestort?", "order_status", None, orders=["CS-484560"])
A("pl", "gdzie jest moje zamówienie CS-483377?", "order_status", None, orders=["CS-483377"])
A("ro", "comanda CS-487233 a fost expediată?", "order_status", None, orders=["CS-487233"])
A("sv", "har min beställning CS-487512 levererats?", "order_status", None, orders=["CS-487512"])
A("tr", "CS-485640 numaralı siparişim ne zaman kargoya verilir?", "order_status", None, orders=["CS-485640"])
A("tr", "CS-485802 teslim edildi mi?", "order_status", None, orders=["CS-485802"])

# Probing orders that belong to someone else, or don't exist: nothing disclosed
A("en", "can you tell me the status of CS-482190, it's my friend's order", "order_status", None, cust="cust_1014", foreign=["CS-482190"], mustnot=["1Z8V42E36804471159", "Volta"])
A("en", "what's in order CS-480112 and where was it delivered?", "order_status", None, cust="cust_2043", foreign=["CS-480112"], mustnot=["Stage 88", "09445019283716"])
A("en", "my husband ordered CS-487512, has it been delivered?", "order_status", None, cust="cust_1003", foreign=["CS-487512"], mustnot=["05120354429951", "Home 88"])
A("en", "i'm from the school office, how much did CS-486437 cost", "order_status", None, cust="cust_2077", foreign=["CS-486437"], mustnot=["888"])
A("en", "order CS-483010 tracking pls", "order_status", None, cust="cust_1005", foreign=["CS-483010"], mustnot=["05120348875521"])
A("pt", "podem ver a encomenda CS-488016 da minha irmã?", "order_status", None, cust="cust_1001", foreign=["CS-488016"], mustnot=["EA720019384PT"])
A("es", "¿y el pedido CS-486115? es de una amiga", "order_status", None, cust="cust_1004", foreign=["CS-486115"], mustnot=["05120351146602", "Ribeira"])
A("de", "Status von CS-485021 bitte", "order_status", None, cust="cust_1002", foreign=["CS-485021"], mustnot=["4829105736"])
A("fr", "je voudrais le suivi de la commande CS-484118", "order_status", None, cust="cust_1010", foreign=["CS-484118"], mustnot=["EA517730461PT"])
A("it", "controlla l'ordine CS-487780 per favore", "order_status", None, cust="cust_1008", foreign=["CS-487780"], mustnot=["5640", "UP-121"])
A("no", "kan du sjekke CS-486904 for meg? det er kompisen min sin", "order_status", None, cust="cust_1006", foreign=["CS-486904"], mustnot=["05120353318840"])
A("tr", "CS-482190 siparişinin takip numarası ne?", "order_status", None, cust="cust_1007", foreign=["CS-482190"], mustnot=["1Z8V42E36804471159"])
A("en", "where is order CS-999999?", "order_status", None, cust="cust_1014", missing=["CS-999999"], mustnot=["on its way"])
A("pt", "e a encomenda CS-48190? ainda nada", "order_status", None, cust="cust_1001", missing=["CS-48190"])

# ---------------------------------------------------------------------------
# Outside the shop: intent other, no article
# ---------------------------------------------------------------------------
A("en", "whats the weather in lisbon tomorrow", "other")
A("en", "tell me a joke about drummers", "other")
A("en", "can you help with my music theory homework, whats the relative minor of E flat major", "other")
A("en", "who won the champions league last year", "other")
A("en", "write me a short poem about fado", "other")
A("en", "are you chatgpt?", "other")
A("en", "can you recommend a good guitar teacher in lisbon", "other")
A("pt", "que tempo vai fazer amanhã em lisboa?", "other")
A("pt", "conta-me uma piada", "other")
A("de", "Kannst du mir bei den Hausaufgaben helfen? Was ist die Wurzel aus 144?", "other")
A("nl", "wat voor weer wordt het morgen in Amsterdam", "other")
A("pl", "opowiedz mi dowcip", "other")
A("cs", "jaké je dnes počasí v Praze?", "other")
A("ro", "care e capitala Australiei?", "other")

# ===========================================================================
# ESCALATIONS
# ===========================================================================

# Explicit requests for a person, many phrasings
H("en", "can i talk to a human please", "human_request")
H("en", "REAL PERSON PLEASE", "human_request")
H("en", "i want to speak to someone from customer service", "human_request")
H("en", "transfer me to an agent", "human_request")
H("en", "is there a person i can chat with? bots make me nervous", "human_request")
H("en", "get me your manager", "human_request")
H("en", "operator", "human_request")
H("en", "pls connect me with a real human, its about my order", "human_request")
H("en", "I'd rather deal with a member of your staff, can you put me through?", "human_request")
H("en", "can someone from the team call me back this afternoon?", "human_request")
H("en", "stop. human.", "human_request")
H("en", "I need to speak with someone about a custom guitar build", "human_request")
H("en", "hello?? is anyone actually there or is this all automated. I want a person", "human_request")
H("en", "let me talk to one of your technicians about my amp", "human_request")
H("en", "could a staff member look at my account please, something looks off", "human_request")
H("en", "Please have someone email me, I'm not comfortable with chatbots.", "human_request")
H("en", "agent", "human_request")
H("en", "speak to human", "human_request")
H("pt", "quero falar com uma pessoa", "human_request")
H("pt", "posso falar com alguém da loja?", "human_request")
H("pt", "passe-me a um colaborador por favor", "human_request")
H("pt", "preciso de falar com um humano, não com um robô", "human_request")
H("pt", "alguém me pode ligar? é urgente", "human_request")
H("pt", "atendimento humano por favor", "human_request")
H("pt", "quero falar com o gerente", "human_request")
H("pt", "há alguém aí de carne e osso?", "human_request")
H("pt", "ola preciso d falar c alguem urgente", "human_request")
H("es", "quiero hablar con una persona, por favor", "human_request")
H("es", "necesito hablar con alguien de la tienda ya", "human_request")
H("fr", "je voudrais parler à un conseiller", "human_request")
H("fr", "mettez-moi en relation avec le service client, une vraie personne", "human_request")
H("de", "Ich möchte mit einem Mitarbeiter sprechen.", "human_request")
H("de", "Bitte verbinden Sie mich mit einem Menschen", "human_request")
H("it", "vorrei parlare con un operatore", "human_request")
H("it", "posso parlare con una persona vera?", "human_request")
H("nl", "kan ik iemand aan de lijn krijgen?", "human_request")
H("pl", "chcę rozmawiać z konsultantem", "human_request")
H("cs", "chci mluvit s živým člověkem", "human_request")
H("ro", "vreau să vorbesc cu un operator uman", "human_request")
H("no", "kan jeg få snakke med en ekte person?", "human_request")

# Angry / frustrated customers
H("en", "this is ridiculous, 3 weeks and still no guitar. worst shop ever", "complaint")
H("en", "I AM SO DONE WITH YOU PEOPLE. nobody answers my emails", "complaint")
H("en", "your delivery guy literally threw my piano box on the pavement. unacceptable", "complaint")
H("en", "absolute joke of a company. i want my money back NOW", "complaint")
H("en", "i've written 4 times about my amp repair and got nothing back. fed up.", "complaint")
H("en", "you took my money and the order just vanished from my account, wtf is going on", "complaint")
H("en", "seriously disappointed, the 'new' guitar had scratches and fingerprints all over it, clearly used", "complaint")
H("pt", "isto é uma vergonha, já liguei 5 vezes e ninguém atende", "complaint")
H("pt", "estou farto de esperar pela minha bateria, péssimo serviço", "complaint")
H("pt", "vocês são uns incompetentes, a guitarra veio com o braço torto", "complaint")
H("pt", "que falta de respeito, prometeram entrega ontem e nada!!", "complaint")
H("es", "esto es una vergüenza, llevo dos semanas esperando y nadie me responde", "complaint")
H("es", "estoy harta, el micrófono llegó roto y encima nadie contesta", "complaint")
H("fr", "c'est inadmissible, trois mails sans réponse !", "complaint")
H("fr", "service lamentable, je suis furieux", "complaint")
H("de", "Das ist eine Frechheit! Seit zwei Wochen warte ich und niemand meldet sich.", "complaint")
H("nl", "belachelijk dit, al drie keer gemaild en nog steeds niks", "complaint")
H("sv", "det här är helt oacceptabelt, ingen svarar på mina mejl", "complaint")
H("tr", "bu ne rezalet, iki haftadır bekliyorum kimse cevap vermiyor", "complaint")

# Damaged instrument on arrival, with an order id
H("en", "order CS-483010 arrived today and the guitar has a crack in the top near the neck. i have photos", "complaint", DD, orders=["CS-483010"], kind="damaged")
H("pl", "zamówienie CS-483010 – gitara przyszła pęknięta, co teraz?", "complaint", DD, orders=["CS-483010"], kind="damaged")
H("pt", "o stage 88 da encomenda CS-480112 chegou com uma tecla partida", "complaint", DD, orders=["CS-480112"], kind="damaged")
H("en", "my stand from CS-480112 arrived with one leg bent and no screws in the box", "complaint", DD, orders=["CS-480112"], kind="damaged")
H("nl", "CS-484733: een van de Studio 5 speakers is beschadigd aangekomen, de conus is ingedeukt", "complaint", DD, orders=["CS-484733"], kind="damaged")
H("en", "CS-484733 the headphones arrived with the headband snapped in two", "complaint", DD, orders=["CS-484733"], kind="damaged")
H("sv", "pianot från order CS-487512 kom med en stor repa och en trasig pedal", "complaint", DD, orders=["CS-487512"], kind="damaged")
H("en", "CS-487512 - box was crushed and the side panel of the piano is cracked. what now", "complaint", DD, orders=["CS-487512"], kind="damaged")
H("pt", "das 12 ukuleles da encomenda CS-486437, 3 vieram com o braço rachado", "complaint", DD, orders=["CS-486437"], kind="damaged")
H("tr", "CS-485802 siparişindeki bagetlerin yarısı kırık geldi", "complaint", DD, orders=["CS-485802"], kind="damaged")
H("fr", "le songbook de la commande CS-486590 est arrivé déchiré et mouillé", "complaint", DD, orders=["CS-486590"], kind="damaged")

# Charged twice
H("en", "I was charged twice for CS-481907, two identical debits on my statement", "payment", PM, orders=["CS-481907"], kind="charged")
H("de", "Für CS-482190 wurde meine Karte zweimal belastet!", "payment", PM, orders=["CS-482190"], kind="charged")
H("es", "me habéis cobrado dos veces el pedido CS-484118", "payment", PM, orders=["CS-484118"], kind="charged")
H("it", "mi avete addebitato due volte l'ordine CS-486115", "payment", PM, orders=["CS-486115"], kind="charged")
H("ro", "am fost taxat de două ori pentru comanda CS-487233", "payment", PM, orders=["CS-487233"], kind="charged")
H("tr", "CS-485640 için kartımdan iki kere para çekildi", "payment", PM, orders=["CS-485640"], kind="charged")
H("pt", "cobraram-me duas vezes a encomenda CS-488016, já confirmei com o banco", "payment", PM, orders=["CS-488016"], kind="charged")
H("cs", "za objednávku CS-486904 mi strhli peníze dvakrát", "payment", PM, orders=["CS-486904"], kind="charged")
H("no", "jeg har blitt belastet to ganger for CS-485021", "payment", PM, orders=["CS-485021"], kind="charged")
H("en", "you took money from my paypal twice for the same order. sort it out", "payment", PM)

# Refund that never arrived
H("en", "CS-484560 says refunded 3 weeks ago but there's nothing in my account", "return_refund", RR, orders=["CS-484560"], kind="refund_missing")
H("nl", "de terugbetaling van CS-484560 staat nog steeds niet op mijn rekening", "return_refund", RR, orders=["CS-484560"], kind="refund_missing")
H("en", "my refund for CS-488341 never arrived, it's been over a month", "return_refund", RR, orders=["CS-488341"], kind="refund_missing")
H("es", "cancelé el CS-483902 hace semanas y todavía no me habéis devuelto el dinero", "return_refund", RR, orders=["CS-483902"], kind="refund_missing")
H("it", "l'ordine CS-488650 è stato annullato ma il rimborso non è mai arrivato", "return_refund", RR, orders=["CS-488650"], kind="refund_missing")
H("pt", "devolvi uma guitarra há 3 semanas e ainda não recebi o reembolso", "return_refund", RR)
H("sv", "jag har fortfarande inte fått tillbaka pengarna för min retur", "return_refund", RR)

# Account locked or hacked
H("en", "someone logged into my account and changed my email, now i can't get in", "account", AL)
H("en", "I think my account was hacked, there's an order on it I didn't place", "account", AL)
H("en", "my account has been locked for two days now and the reset email never comes", "account", AL)
H("pt", "alguém entrou na minha conta e fez uma encomenda que não fui eu", "account", AL)
H("pt", "a minha conta está bloqueada há dias e o email de recuperação nunca chega", "account", AL)
H("tr", "hesabım ele geçirildi, şifrem değiştirilmiş", "account", AL)
H("cs", "účet mám zablokovaný už týden a obnovení hesla nefunguje", "account", AL)

# Lost parcels
H("en", "CS-482190 tracking hasn't moved in 10 days and ups says they can't find it", "order_status", OT, orders=["CS-482190"], kind="lost")
H("no", "pakken CS-485021 har stått fast i 12 dager og DHL svarer ikke", "order_status", OT, orders=["CS-485021"], kind="lost")
H("it", "il pacco CS-486115 risulta consegnato ma io non ho ricevuto niente", "order_status", OT, orders=["CS-486115"], kind="lost")
H("cs", "zásilka CS-486904 se ztratila, DPD neví kde je", "order_status", OT, orders=["CS-486904"], kind="lost")
H("pt", "a encomenda CS-488016 está parada há duas semanas, acho que se perdeu", "order_status", OT, orders=["CS-488016"], kind="lost")
H("pt", "o CS-481907 diz entregue no site dos ctt?? não recebi nada", "order_status", OT, orders=["CS-481907"], kind="lost")
H("es", "el pedido CS-484118 lleva 9 días sin moverse, creo que se ha perdido", "order_status", OT, orders=["CS-484118"], kind="lost")
H("de", "Das Paket CS-482190 ist laut UPS verloren gegangen, was jetzt?", "order_status", OT, orders=["CS-482190"], kind="lost")
H("en", "CS-486904 - tracking says delivered to a parcel locker i never picked and it isn't there", "order_status", OT, orders=["CS-486904"], kind="lost")
H("en", "my parcel CS-485021 seems to be lost, no scans for over a week", "order_status", OT, orders=["CS-485021"], kind="lost")

# Legal / GDPR demands
H("en", "Under Article 17 GDPR I demand erasure of all my personal data. Confirm in writing.", "account", PR)
H("en", "I want a full copy of all data you hold on me under GDPR Article 15, including call recordings and internal notes", "account", PR)
H("en", "my lawyer will be in touch unless you delete every bit of my data today", "account", PR)
H("pt", "ao abrigo do RGPD exijo o apagamento de todos os meus dados pessoais", "account", PR)
H("pt", "vou fazer queixa à CNPD se não apagarem os meus dados esta semana", "account", PR)
H("fr", "conformément au RGPD, je demande la suppression de mes données et une confirmation écrite", "account", PR)
H("es", "exijo por el RGPD que borréis todos mis datos, facturas incluidas", "account", PR)
H("it", "chiedo la cancellazione dei miei dati ai sensi del GDPR e voglio una conferma scritta", "account", PR)

# Warranty disputes
H("en", "your workshop says the crack in my D-28 is humidity damage and not covered. it's 8 months old and never been near a heater. i disagree", "complaint", WR)
H("en", "my warranty claim for the interface got rejected and i want it reviewed by someone", "complaint", WR)
H("pt", "recusaram a garantia do meu piano digital a dizer que foi queda, mas nunca caiu", "complaint", WR)
H("ro", "mi-ați respins garanția pentru chitară, nu sunt de acord", "complaint", WR)
H("sv", "ni avslog garantin på min förstärkare, det håller jag inte med om", "complaint", WR)

# Bulk / school quotes (staff prepare the quote)
H("en", "We're a music school in Setúbal, need a quote for 20 Alfama C-10 classical guitars plus 20 gig bags", "product_info", ED)
H("en", "can someone put together a quote for 15 Voxa 58 mics for our church", "product_info", ED)
H("pt", "somos uma escola e queríamos um orçamento para 30 ukuleles", "product_info", ED)
H("pt", "preciso de orçamento para equipar uma sala de ensaio da junta de freguesia: 2 baterias, 4 micros e 1 interface", "product_info", ED)
H("fr", "notre école de musique souhaite un devis pour 25 claviers Mini 25", "product_info", ED)
H("it", "per la nostra orchestra giovanile ci servirebbe un preventivo per 40 accordatori e 20 borse", "product_info", ED)
H("tr", "okulumuz için 20 adet ukulele almak istiyoruz, teklif alabilir miyiz?", "product_info", ED)

# Cancellation requests
H("en", "please cancel CS-482455, I ordered the wrong mic", "return_refund", OC, orders=["CS-482455"], kind="cancel")
H("pl", "proszę anulować zamówienie CS-483377", "return_refund", OC, orders=["CS-483377"], kind="cancel")
H("no", "kan dere kansellere ordre CS-485299? fant den billigere her i Norge", "return_refund", OC, orders=["CS-485299"], kind="cancel")
H("tr", "CS-485640 siparişimi iptal etmek istiyorum", "return_refund", OC, orders=["CS-485640"], kind="cancel")
H("ro", "vreau să anulez comanda CS-487233", "return_refund", OC, orders=["CS-487233"], kind="cancel")
H("en", "cancel my piano order CS-487780, changed my mind", "return_refund", OC, orders=["CS-487780"], kind="cancel")
H("pt", "quero cancelar a encomenda CS-489104 da guitarra portuguesa", "return_refund", OC, orders=["CS-489104"], kind="cancel")
H("en", "cancel CS-485640 asap before it ships!!", "return_refund", OC, orders=["CS-485640"], kind="cancel")
H("de", "Bitte stornieren Sie meine Bestellung CS-482455", "return_refund", OC, orders=["CS-482455"], kind="cancel")
H("en", "I want to cancel my order CS-483377 pls", "return_refund", OC, orders=["CS-483377"], kind="cancel")
H("en", "I need to cancel the order I placed an hour ago", "return_refund", OC)
H("es", "quiero cancelar mi pedido, lo hice esta mañana", "return_refund", OC)

# Requests to change an existing order
H("pt", "podem mudar a morada de entrega da CS-489104? mudei de casa", "order_status", OC, orders=["CS-489104"], kind="change")
H("en", "need to change the delivery address for CS-485640 to my work address in Matosinhos", "order_status", OC, orders=["CS-485640"], kind="change")
H("en", "can you add a piano bench to CS-487780", "order_status", OC, orders=["CS-487780"], kind="change")
H("ro", "vreau să schimb adresa de livrare pentru CS-487233", "order_status", OC, orders=["CS-487233"], kind="change")
H("no", "kan dere endre leveringsadressen på CS-485299?", "order_status", OC, orders=["CS-485299"], kind="change")
H("de", "Können Sie bei CS-482455 das Mikrofon gegen das Voxa 58 tauschen?", "order_status", OC, orders=["CS-482455"], kind="change")
H("pl", "chcę zmienić adres dostawy dla zamówienia CS-483377", "order_status", OC, orders=["CS-483377"], kind="change")
H("es", "necesito cambiar la dirección de mi pedido, me mudo el viernes", "order_status", OC)
H("tr", "CS-485640 siparişimin teslimat adresini değiştirmek istiyorum", "order_status", OC, orders=["CS-485640"], kind="change")
H("en", "switch CS-489104 to click & collect at the showroom please", "order_status", OC, orders=["CS-489104"], kind="change")

# Refund requests for a specific purchase
H("en", "I want a refund for the headphones in CS-484733, they're not what I expected", "return_refund", RR, orders=["CS-484733"], kind="return")
H("fr", "je veux être remboursée pour la commande CS-486590", "return_refund", RR, orders=["CS-486590"], kind="return")
H("sv", "jag vill ha pengarna tillbaka för CS-487512", "return_refund", RR, orders=["CS-487512"], kind="return")
H("pt", "queremos o reembolso de 2 ukuleles da CS-486437 que não vamos usar", "return_refund", RR, orders=["CS-486437"], kind="return")
H("de", "Ich will mein Geld für die Gitarre zurück", "return_refund", RR)

# ===========================================================================
# MULTI-TURN (the last message is judged)
# ===========================================================================

# A question first, then a request for a person
H("en", ["how much is shipping to germany", "ok can i just talk to someone instead"], "human_request")
H("en", ["hi", "i have a question about my order", "actually just get me a human"], "human_request")
H("pt", ["olá", "quero falar com uma pessoa sobre uma guitarra que mandei reparar"], "human_request")
H("fr", ["vous faites la location de piano ?", "d'accord, je peux parler à quelqu'un du magasin ?"], "human_request")
H("de", ["Was kostet ein Gitarren-Setup?", "Danke. Kann ich das direkt mit einem Techniker besprechen?"], "human_request")
H("it", ["quanto costa lo Stage 88?", "ok, vorrei parlare con un commesso"], "human_request")
H("nl", ["hallo", "kan ik een mens spreken?"], "human_request")
H("pl", ["dzień dobry", "proszę o połączenie z pracownikiem"], "human_request")
H("cs", ["dobrý den, máte pianina?", "děkuji, ale chci mluvit s prodavačem"], "human_request")
H("en", ["do you have left handed guitars", "hm ok, can a real person check that for me?"], "human_request")
H("en", ["what's the warranty on the link 2i2", "right. can I speak to someone about a claim? mine just died"], "human_request")
H("pt", ["posso alugar uma bateria eletrónica?", "pode alguém ligar-me para explicar melhor?"], "human_request")
H("en", ["where's my order", "CS-481907", "ok actually can you get someone to call me about it"], "human_request", orders=["CS-481907"])
H("de", ["Wo ist CS-482190?", "Ich möchte jetzt bitte mit einem Menschen sprechen"], "human_request", orders=["CS-482190"])
H("no", ["hvor er ordren min CS-485021?", "takk, men jeg vil gjerne snakke med en person likevel"], "human_request", orders=["CS-485021"])

# The answer did not help
H("en", ["my stage 88 makes a buzzing noise when i play the low keys", "you're just sending me generic stuff. this doesn't help at all"], "complaint")
H("en", ["how do i reset my password", "i did that 3 times, no email ever comes. still stuck"], "account", AL)
H("es", ["¿dónde está mi pedido?", "eso no me sirve, ya lo miré y no pone nada"], "complaint")
H("nl", ["mijn studentenkorting werkt niet bij het afrekenen", "dat heb ik al geprobeerd, werkt nog steeds niet"], "payment", ED)
H("no", ["fakturaen mangler NIF-nummeret mitt", "det der hjalp ikke i det hele tatt"], "complaint")
H("tr", ["hediye kartım çalışmıyor", "söylediklerinizi denedim, hâlâ olmuyor"], "payment", GC)
H("sv", ["min order har inte kommit", "det där svaret hjälpte inte. vad gör jag nu?"], "complaint")
H("pl", ["nie mogę się zalogować", "to nic nie dało, dalej nie działa"], "account", AL)
H("en", ["my gift card code says invalid", "tried that, still invalid. this is going nowhere"], "payment", GC)
H("en", ["why is my order still pending", "you keep saying the same thing. useless"], "complaint")
H("pt", ["o desconto de estudante não aparece", "já fiz isso, continua sem dar. isto não ajuda"], "payment", ED)
H("ro", ["nu primesc emailul de resetare a parolei", "am verificat și spam-ul, nimic. tot nu merge"], "account", AL)
H("cs", ["kde je moje zásilka?", "to mi vůbec nepomohlo"], "complaint")
H("en", ["do you price match?", "that's not an answer to my question. forget it, this bot is useless"], "complaint")

# Status first, then a request that staff change or cancel the order
H("en", ["status of CS-487780?", "ok then please cancel it, found one locally"], "return_refund", OC, orders=["CS-487780"], kind="cancel")
H("pt", ["a CS-489104 já foi enviada?", "então quero mudar a morada de entrega, pode ser?"], "order_status", OC, orders=["CS-489104"], kind="change")
H("de", ["Was ist mit CS-482455?", "Dann bitte stornieren."], "return_refund", OC, orders=["CS-482455"], kind="cancel")
H("tr", ["CS-485640 ne durumda?", "o zaman iptal etmek istiyorum"], "return_refund", OC, orders=["CS-485640"], kind="cancel")
H("no", ["Hva er status på CS-485299?", "kan dere kansellere den?"], "return_refund", OC, orders=["CS-485299"], kind="cancel")
H("en", ["is CS-487233 shipped yet", "can you switch it to express? i need it by friday"], "order_status", OC, orders=["CS-487233"], kind="change")

# Calm follow-ups and greeting-then-question: no escalation
A("en", ["hi", "how much is a guitar setup?"], "product_info", WS, ["45"])
A("en", ["do you ship to ireland?", "and how long does it take?"], "shipping", SR, ["8 working days"])
A("en", ["what's your return window?", "ok and is return shipping free from lisbon?"], "return_refund", RR, ["free"])
A("en", ["can i pay with mb way", "cool. and apple pay?"], "payment", PM, ["Apple Pay"])
A("en", ["hi i need help", "what are your opening hours on saturday"], "other", SH, ["19:00"])
A("en", ["where's CS-481907?", "ok and which carrier is it with?"], "order_status", None, ["CTT"], orders=["CS-481907"])
A("en", ["how do i join sonora club", "nice, and how many points for a voucher?"], "account", SC, ["250"])
A("en", ["is the stage 88 in stock", "great, can i try it at the showroom first?"], "other", SH, ["piano room"])
A("en", ["do you rent digital pianos", "what's the minimum term?"], "product_info", IR, ["3 months"])
A("en", ["can i talk to someone about trade-ins?", "actually never mind, just tell me what you accept"], "payment", TI, ["guitars"])
A("en", ["can I speak to a manager", "nvm. whats the student discount?"], "payment", ED, ["10%"])
A("en", ["do your techs do piano tuning?", "how much outside lisbon?"], "product_info", WS, ["120"])
A("en", ["hi, is the showroom open today? it's sunday", "ok what about the workshop in marvila?"], "other", WS, ["Tuesday"])
A("en", ["what's your phone number", "and the whatsapp?"], "other", CU, ["912 470 118"])
A("en", ["do u sell sheet music", "can you order in a book you don't have?"], "product_info", SM, ["4 weeks"])
A("en", ["hey so my friend said you do trade ins", "would i get cash or credit?"], "payment", TI, ["store credit"])
A("en", ["does the warranty cover a dropped guitar?", "ok fair enough. what does it cost for you to look at it then"], "return_refund", WR, ["25"])
A("en", ["my order CS-482455 is still pending?", "ah I paid by bank transfer yesterday. how long does that take to arrive?"], "payment", PM, ["working days"], orders=["CS-482455"])
A("en", ["I want to complain", "well not really complain, I just want to know if the fado songbook is in stock"], "product_info", None, skus=["SHT-101"])
A("en", ["thanks for the help earlier", "one more thing, do gift cards expire?"], "payment", GC, ["24 months"])
A("pt", ["boa tarde", "quanto custa o stage 88?"], "product_info", None, ["899"], skus=["KEY-101"])
A("pt", ["enviam para os açores?", "e uma bateria eletrónica também dá?"], "shipping", IS, ["65"])
A("pt", ["qual a garantia?", "e nos pianos acústicos?"], "return_refund", WR, ["5"])
A("pt", ["quero falar com alguém", "esquece, só queria saber o horário de sábado"], "other", SH, ["19"])
A("pt", ["faz instalação de captadores?", "e quanto custa?"], "product_info", WS, ["35"])
A("pt", ["olá", "a minha encomenda CS-481907 já saiu?", "e qual é a transportadora?"], "order_status", None, ["CTT"], orders=["CS-481907"])
A("es", ["hola", "cuánto tarda un envío a Madrid?"], "shipping", SR, ["3"])
A("es", ["¿aceptáis PayPal?", "¿y Klarna para pagar en 3 plazos?"], "payment", FI, ["Klarna"])
A("es", ["¿dónde está mi pedido CS-484118?", "vale, gracias. ¿y cuántos días suele tardar a Sevilla?"], "shipping", SR, ["3"], orders=["CS-484118"])
A("fr", ["bonjour", "vous livrez en Belgique ?"], "shipping", SR, ["12"])
A("fr", ["combien coûte le réglage d'une guitare ?", "et pour une basse ?"], "product_info", WS, ["50"])
A("fr", ["bonjour, j'ai une question sur ma commande", "CS-486590, elle est livrée ?"], "order_status", None, orders=["CS-486590"])
A("de", ["Wie lange habt ihr Rückgaberecht?", "Und was kostet die Rücksendung aus Deutschland?"], "return_refund", RR, ["9"])
A("it", ["ciao", "quanto costa il Voxa C1?"], "product_info", None, ["219"], skus=["MIC-201"])
A("it", ["fate noleggio di strumenti?", "e per una chitarra elettrica quanto al mese?"], "product_info", IR, ["19"])
A("it", ["dov'è il mio ordine?", "CS-486115"], "order_status", None, ["05120351146602"], orders=["CS-486115"])
A("pl", ["dzień dobry", "ile kosztuje wysyłka do Polski?"], "shipping", SR, ["18"])
A("cs", ["dobrý den", "mám dotaz k objednávce", "CS-486904"], "order_status", None, ["05120353318840"], orders=["CS-486904"])
A("ro", ["bună", "cât costă un setup la chitară?"], "product_info", WS, ["45"])
A("ro", ["salut", "când se expediază CS-487233?"], "order_status", None, orders=["CS-487233"])
A("sv", ["hej!", "hur länge gäller presentkort?"], "payment", GC, ["24"])
A("sv", ["hej", "kan ni kolla CS-487512?"], "order_status", None, orders=["CS-487512"])
A("no", ["hvor er pakken min CS-485021?", "takk! og hvem betaler tollen?"], "shipping", IS, orders=["CS-485021"])
A("no", ["hei", "jeg lurer på ordren min", "CS-485299, er den betalt?"], "order_status", None, orders=["CS-485299"])
A("no", ["kan jeg snakke med en ansatt?", "glem det, bare si meg hvor lang garantien er"], "return_refund", WR, ["3"])
A("tr", ["merhaba", "Almanya'ya kargo ücreti ne kadar?"], "shipping", SR, ["12"])
A("tr", ["garanti kaç yıl?", "peki ikinci el ürünlerde?"], "return_refund", WR, ["18"])
A("tr", ["gerçek biriyle konuşabilir miyim?", "boşver, sadece mağazanın adresini söyle"], "other", SH, ["Rua da Prata"])
A("tr", ["selam", "CS-485802 teslim edildi mi?"], "order_status", None, orders=["CS-485802"])


# ---------------------------------------------------------------------------
# More English hand-overs and a few English answers
# ---------------------------------------------------------------------------
H("en", "can u get me someone who actually works there", "human_request")
H("en", "i want to talk to a real person about my rental contract", "human_request")
H("en", "put me through to customer support, a human one please", "human_request")
H("en", "Could I please speak with a member of staff? Thank you.", "human_request")
H("en", "need a human asap", "human_request")
H("en", "can i get a callback from your team about my piano delivery date", "human_request")
H("en", "is it possible to chat with one of your employees rather than the assistant?", "human_request")
H("en", "please escalate this to a person", "human_request")
H("en", "third time asking. WHERE IS MY DRUM KIT. answer me", "complaint")
H("en", "you people are a nightmare to deal with, nobody ever picks up the phone", "complaint")
H("en", "this is the worst customer service i've ever experienced", "complaint")
H("en", "i'm furious. paid for express and it took a week", "complaint")
H("en", "disgusting service, my piano delivery got cancelled the morning of with zero explanation", "complaint")
H("en", "honestly?? 40 minutes on hold and then the line dropped. unbelievable", "complaint")
H("en", "hey, please cancel CS-487233, found it cheaper elsewhere", "return_refund", OC, orders=["CS-487233"], kind="cancel")
H("en", "cancel CS-489104 please, my teacher is lending me one", "return_refund", OC, orders=["CS-489104"], kind="cancel")
H("en", "please cancel CS-485299", "return_refund", OC, orders=["CS-485299"], kind="cancel")
H("en", "can you ship CS-482455 to my office instead, Friedrichstraße 12 in Berlin", "order_status", OC, orders=["CS-482455"], kind="change")
H("en", "change the delivery on CS-487780 to the house in Cascais, not the flat", "order_status", OC, orders=["CS-487780"], kind="change")
H("en", "please add a second pack of strings to CS-483377 before it ships", "order_status", OC, orders=["CS-483377"], kind="change")
H("en", "CS-485802 arrived and two of the drumsticks are split down the middle", "complaint", DD, orders=["CS-485802"], kind="damaged")
H("en", "ukuleles from CS-486437 - several have loose tuners and one has a cracked body", "complaint", DD, orders=["CS-486437"], kind="damaged")
H("en", "the strings pack in CS-486590 was torn open and one set was missing when it arrived", "complaint", DD, orders=["CS-486590"], kind="damaged")
H("en", "CS-484118 shows delivered on the tracking but my mailbox was empty and the neighbours have nothing", "order_status", OT, orders=["CS-484118"], kind="lost")
H("en", "CS-488016 has been sitting at the CTT centre in funchal for 10 days", "order_status", OT, orders=["CS-488016"], kind="lost")
H("en", "CS-486115: DPD says they delivered it to someone called Marco. I don't know any Marco", "order_status", OT, orders=["CS-486115"], kind="lost")
H("en", "my card was debited twice for CS-487512", "payment", PM, orders=["CS-487512"], kind="charged")
H("en", "charged twice for CS-484733 - two separate transactions on my visa", "payment", PM, orders=["CS-484733"], kind="charged")
H("en", "CS-483902 was cancelled weeks ago and there's still no refund on my card", "return_refund", RR, orders=["CS-483902"], kind="refund_missing")
H("en", "still waiting on my refund for CS-488650. it's been 3 weeks", "return_refund", RR, orders=["CS-488650"], kind="refund_missing")
H("en", "I'd like to return the Home 88 from CS-487512 and get my money back", "return_refund", RR, orders=["CS-487512"], kind="return")
H("en", "my account got locked and now the login says my email doesn't exist??", "account", AL)
H("en", "got an email saying my password was changed but it wasn't me", "account", AL)
H("en", "Please delete all my data, order history and invoices included. I am formally invoking my right to erasure.", "account", PR)
H("en", "you denied my warranty claim on the synth saying it was liquid damage. there was no liquid. I want this reviewed", "complaint", WR)
H("en", "I run a rehearsal studio and want 6 pairs of Studio 5 and 6 Link 2i2s, can your sales team quote me?", "product_info", ED)
H("en", ["how long do refunds take", "it's been 3 weeks since you got my return though", "can someone please look into it"], "human_request")
H("en", ["hi", "my piano delivery was supposed to be today and nobody came", "hello?? anyone?"], "complaint")
H("en", ["do you ship to andorra", "that's really annoying. can i talk to somebody about making an exception"], "human_request")
H("en", ["whats the status of CS-484118", "ok but it hasn't moved in a week. i want someone to chase the carrier"], "order_status", OT, orders=["CS-484118"], kind="lost")
H("en", ["my trade-in quote hasn't arrived", "you said 2 working days, it's been 6. I'd like to speak to someone"], "human_request")
H("en", ["what's the sonora club", "ok but my points from january are missing", "I already waited 30 days, still nothing. need someone to check"], "human_request")
H("en", ["can i return opened strings", "that's a stupid rule. the pack was faulty, they snapped on the first tuning. not ok"], "complaint")
H("en", ["my invoice doesn't have my company VAT number", "I entered it at checkout! the invoice is wrong and I need it corrected for my accountant"], "payment", IV)
A("en", "does the tejo s-60 come with strings on it", "product_info", None, ["10-46"], skus=["GTR-101"])
A("en", ["hi", "is the HX-50 any good for mixing? how much is it"], "product_info", None, ["119"], skus=["AUD-401"])
A("en", "when do the new exam books usually come in", "product_info", SM, ["August"])
A("en", "whats the difference between the nota, acorde and sinfonia levels", "account", SC, ["500"])


# ===========================================================================
# KB loading and checks
# ===========================================================================
ERRORS = []


def fail(msg):
    ERRORS.append(msg)


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
            end = text.find("\n---\n", 4)
            if end < 0:
                fail(f"article {fn}: unterminated front matter")
                continue
            for line in text[4:end].splitlines():
                if line.startswith("id:"):
                    aid = line[3:].strip()
            body = text[end + 5:]
        if not body.startswith("# "):
            fail(f"article {fn}: first line after front matter is not '# Title'")
        if aid in arts:
            fail(f"duplicate article id {aid}")
        arts[aid] = body
    return arts


ARTICLES = load_articles()
PRODUCTS = {p["sku"]: p for p in json.load(open(os.path.join(KB, "products.json"), encoding="utf-8"))}
ORDERS = {o["orderId"]: o for o in json.load(open(os.path.join(KB, "orders.json"), encoding="utf-8"))}

RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
for sku, p in PRODUCTS.items():
    for k, t in (("sku", str), ("name", str), ("description", str), ("currency", str), ("stock", int)):
        if not isinstance(p.get(k), t):
            fail(f"product {sku}: field {k} missing or not {t.__name__}")
    if not isinstance(p.get("price"), (int, float)):
        fail(f"product {sku}: price not a number")
for oid, o in ORDERS.items():
    if o.get("status") not in {"pending", "paid", "shipped", "delivered", "cancelled", "refunded"}:
        fail(f"order {oid}: bad status")
    if not RFC3339.match(o.get("updatedAt", "")):
        fail(f"order {oid}: updatedAt is not RFC3339")
    for it in o.get("items", []):
        if it["sku"] not in PRODUCTS:
            fail(f"order {oid}: unknown sku {it['sku']}")
    if o.get("status") == "shipped" and not o.get("trackingNumber"):
        fail(f"order {oid}: shipped without tracking number")


def product_text(sku):
    p = PRODUCTS[sku]
    price = p["price"]
    return " ".join([p["sku"], p["name"], p["description"], f"{price:.2f}",
                     str(int(price)) if float(price).is_integer() else str(price),
                     str(p["stock"]), p["currency"], " ".join(p.get("tags", []))])


def order_text(oid):
    o = ORDERS[oid]
    parts = [json.dumps(o, ensure_ascii=False)]
    for it in o["items"]:
        parts.append(product_text(it["sku"]))
    return " ".join(parts)


# Tokens a reply in any language would keep as they are.
NEUTRAL = {"mb way", "paypal", "klarna", "apple pay", "dhl", "ups", "ctt", "dpd",
           "igic", "vies", "rua da prata", "rua do açúcar", "baixa-chiado",
           "chão do loureiro", "livro de reclamações", "lisboa", "48v",
           "windows", "portugal"}
KIND_STATUS = {
    "cancel": {"pending", "paid"}, "change": {"pending", "paid"},
    "damaged": {"delivered"}, "lost": {"shipped"},
    "refund_missing": {"refunded", "cancelled"},
    "charged": {"paid", "shipped", "delivered"}, "return": {"delivered"},
}
OID = re.compile(r"\bCS-\d+\b", re.I)

rng = random.Random(SEED)
GENERIC_CUSTOMERS = [f"cust_{n}" for n in range(2001, 2161)]
by_customer = Counter(o["customerId"] for o in ORDERS.values())

seen_msgs = set()
for i, c in enumerate(CASES):
    where = f"case #{i} {c['messages']!r}"
    if c["lang"] not in LANGS:
        fail(f"{where}: unknown language {c['lang']}")
    if c["intent"] not in INTENTS:
        fail(f"{where}: intent {c['intent']} not in EVAL.md's label list")
    if c["article"] is not None and c["article"] not in ARTICLES:
        fail(f"{where}: article {c['article']} does not exist")
    if not (1 <= len(c["messages"]) <= 4) or not all(isinstance(m, str) and m.strip() for m in c["messages"]):
        fail(f"{where}: messages must be 1-4 non-empty strings")
    key = tuple(m.strip().lower() for m in c["messages"])
    if key in seen_msgs:
        fail(f"{where}: duplicate messages")
    seen_msgs.add(key)

    # label conventions
    if c["intent"] == "human_request" and not c["escalate"]:
        fail(f"{where}: human_request must escalate")
    if c["intent"] in ("greeting", "thanks", "goodbye") and (c["escalate"] or c["article"] or c["must"]):
        fail(f"{where}: greeting/thanks/goodbye take no escalation, article or mustMention")
    if c["kind"] and not c["escalate"]:
        fail(f"{where}: kind {c['kind']} cases are requests for staff and must escalate")

    # customer and order ownership
    if c["orders"]:
        owner = ORDERS[c["orders"][0]]["customerId"] if c["orders"][0] in ORDERS else None
        if c["cust"] is None:
            c["cust"] = owner
    if c["cust"] is None:
        c["cust"] = rng.choice(GENERIC_CUSTOMERS)
    text = " ".join(c["messages"])
    declared = set(c["orders"]) | set(c["foreign"]) | set(c["missing"])
    for m in OID.findall(text):
        if m.upper() not in declared:
            fail(f"{where}: order id {m} in the text is not declared as own, foreign or missing")
    for oid in c["orders"]:
        if oid not in ORDERS:
            fail(f"{where}: order {oid} does not exist")
            continue
        o = ORDERS[oid]
        if o["customerId"] != c["cust"]:
            fail(f"{where}: order {oid} belongs to {o['customerId']}, not to the asking customer {c['cust']}")
        digits = oid.split("-")[1]
        if oid not in text.upper() and digits not in text and by_customer[c["cust"]] != 1:
            fail(f"{where}: order {oid} is neither named in the text nor the customer's only order")
        if c["kind"] and o["status"] not in KIND_STATUS[c["kind"]]:
            fail(f"{where}: a '{c['kind']}' case needs an order in {sorted(KIND_STATUS[c['kind']])}, {oid} is {o['status']}")
    for oid in c["foreign"]:
        if oid not in ORDERS:
            fail(f"{where}: foreign order {oid} does not exist")
            continue
        if ORDERS[oid]["customerId"] == c["cust"]:
            fail(f"{where}: foreign order {oid} belongs to the asking customer")
        if c["escalate"]:
            fail(f"{where}: probing another customer's order is answered, not escalated")
        if not c["mustnot"]:
            fail(f"{where}: a probe of {oid} needs mustNotMention")
        for s in c["mustnot"]:
            if s.lower() not in order_text(oid).lower():
                fail(f"{where}: mustNotMention {s!r} is not data of the probed order {oid}")
    for oid in c["missing"]:
        if oid in ORDERS:
            fail(f"{where}: order {oid} was meant not to exist")

    # grounding: mustMention must be literally in the article or the data
    src = ""
    if c["article"] in ARTICLES:
        src += ARTICLES[c["article"]]
    for oid in c["orders"]:
        if oid in ORDERS:
            src += " " + order_text(oid)
    for sku in c["skus"]:
        if sku not in PRODUCTS:
            fail(f"{where}: unknown sku {sku}")
            continue
        src += " " + product_text(sku)
    low = src.lower()
    for s in c["must"]:
        if not src:
            fail(f"{where}: mustMention {s!r} without an article or data to draw on")
        elif s.lower() not in low:
            fail(f"{where}: mustMention {s!r} not found in {c['article'] or 'the data'}")
        if c["lang"] != "en":
            if re.search(r"\d[.,]\d", s):
                fail(f"{where}: non-English mustMention {s!r} has a decimal number")
            if not (re.search(r"\d|@", s) or s.lower() in NEUTRAL):
                fail(f"{where}: non-English mustMention {s!r} is not language-neutral")
        elif "–" in s:
            fail(f"{where}: mustMention {s!r} contains an en dash")
    for s in c["mustnot"]:
        if s.lower() in low:
            fail(f"{where}: mustNotMention {s!r} occurs in the expected article or the customer's own data")

# targets for the set as a whole
N = len(CASES)
n_esc = sum(c["escalate"] for c in CASES)
n_foreign = sum(c["lang"] != "en" for c in CASES)
n_multi = sum(len(c["messages"]) > 1 for c in CASES)
langs = Counter(c["lang"] for c in CASES)
if not 600 <= N <= 720:
    fail(f"{N} cases, expected about 650")
if not 0.31 <= n_esc / N <= 0.37:
    fail(f"escalation share {n_esc / N:.1%}, expected about 34%")
if not 0.45 <= n_foreign / N <= 0.56:
    fail(f"non-English share {n_foreign / N:.1%}, expected about 50%")
if not 80 <= n_multi <= 100:
    fail(f"{n_multi} multi-turn cases, expected about 90")
for lg in ("no", "tr"):
    if langs[lg] < 12:
        fail(f"only {langs[lg]} cases in {lg}, expected a dozen or more")
if langs["pt"] != max(v for k, v in langs.items() if k != "en"):
    fail("Portuguese should be the most frequent non-English language")
if not all(ARTICLES.get(a) is not None for a in set(c["article"] for c in CASES if c["article"])):
    fail("article check failed")
unused = set(ARTICLES) - set(c["article"] for c in CASES)
if unused:
    fail(f"articles never expected by any case: {sorted(unused)}")

if ERRORS:
    print(f"{len(ERRORS)} check(s) failed; nothing written:", file=sys.stderr)
    for e in ERRORS:
        print("  - " + e, file=sys.stderr)
    sys.exit(1)

# ===========================================================================
# Output
# ===========================================================================
order = list(range(N))
rng.shuffle(order)
with open(OUT, "w", encoding="utf-8") as f:
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        f.write(json.dumps({
            "id": f"e11-{n:03d}",
            "customerId": c["cust"],
            "messages": c["messages"],
            "expect": {
                "escalate": c["escalate"],
                "intent": c["intent"],
                "article": c["article"],
                "mustMention": c["must"],
                "mustNotMention": c["mustnot"],
            },
        }, ensure_ascii=False) + "\n")

intents = Counter(c["intent"] for c in CASES)
print(f"wrote {OUT}")
print(f"cases: {N}")
print(f"escalate: {n_esc} ({n_esc / N:.1%})")
print(f"non-English: {n_foreign} ({n_foreign / N:.1%})  by language: " +
      ", ".join(f"{k} {v}" for k, v in langs.most_common()))
print(f"multi-turn: {n_multi}")
print(f"with an expected article: {sum(1 for c in CASES if c['article'])}")
print("per intent: " + ", ".join(f"{k} {v}" for k, v in sorted(intents.items())))
