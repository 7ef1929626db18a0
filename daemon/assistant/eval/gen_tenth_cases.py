#!/usr/bin/env python3
"""Generate and check tenth-cases.jsonl for the Forza shop KB (tenth-kb/).

Written from the KB/case format contract only (EVAL.md and the KB-format
section of docs/assistant.md); an unseen evaluation set.

LABELLING CONVENTIONS
- greeting / thanks / goodbye: pure small talk, no article.
- order_status: the customer's own order (status, tracking, carrier), someone
  else's order id (refused: mustNotMention its tracking/total), a parcel marked
  delivered but not received or stuck (escalate), changing the delivery address
  or the contents of an order (policy question: no escalation; request for a
  real order: escalate).
- return_refund: return/refund/exchange/warranty/damaged-item policy, and the
  cancellation policy (order-changes); requests to cancel, refund or exchange a
  real order, wrong/damaged/missing items needing action, refunds not arrived
  after the promised time (all escalate).
- shipping: zones, prices, delivery times, carriers in general, free shipping,
  pick-up points, customs (Canaries/Ceuta/Melilla, UK/CH), click & collect,
  assembly/installation service.
- product_info: products (price, stock, specs, flavours), allergens, vegan,
  dosage, best-before dates, size guide, subscribe & save (except how it is paid).
- payment: payment methods, invoices/NIF, discounts and promo codes, gift cards,
  loyalty points rules, price match; staff-only billing problems (double charge,
  charge after cancellation, paid-but-unpaid, price-match refund) escalate.
- account: password/login/account details/privacy/data deletion; staff-only
  account problems (order not placed by me, vanished points or gift-card
  balance, failed data deletion, hijacked account) escalate.
- complaint: dissatisfaction/frustration (escalates when it builds over turns or
  the assistant failed), adverse reaction to a supplement (escalates).
- human_request: any explicit request for a person or a callback, also when it
  follows a question or a problem in the same line/turn (escalates).
- other: contact channels, store address/hours, out-of-shop questions (weather,
  football, homework, ...: article null).
- article: the id of the article the answer comes from; null for small talk,
  escalations, out-of-shop questions and product/order-data answers.
- mustMention: short exact substrings of the source article/product/order.
  Status words are only required for English questions; other languages use
  tracking numbers or carrier names, which do not get translated.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, "tenth-kb")
OUT = os.path.join(HERE, "tenth-cases.jsonl")
INTENTS = {"greeting", "thanks", "goodbye", "order_status", "return_refund", "shipping",
           "product_info", "payment", "account", "complaint", "human_request", "other"}

CASES = []  # (lang, customer, messages, escalate, intent, article, mustMention, mustNotMention, sources)

def add(lang, cust, msg, esc, intent, art=None, mm=(), mnm=(), src=()):
    CASES.append((lang, cust, [m.strip() for m in msg.split("||")], esc, intent, art, list(mm), list(mnm), list(src)))

_cyc = [0]
def nextcust():
    _cyc[0] += 1
    return "u2%02d" % (_cyc[0] % 10 + 1)

def pol(intent, art, rows):
    """Answerable policy questions: rows of (lang, message, mustMention)."""
    for lang, msg, mm in rows:
        add(lang, nextcust(), msg, False, intent, art, mm)

def prod(rows):
    """Product-data questions: rows of (lang, sku, message, mustMention)."""
    for lang, sku, msg, mm in rows:
        add(lang, nextcust(), msg, False, "product_info", None, mm, (), [sku])

def mine(rows, intent="order_status"):
    """Own-order questions: rows of (lang, customer, message, mustMention)."""
    for lang, cust, msg, mm in rows:
        add(lang, cust, msg, False, intent, None, mm)

def escl(intent, rows):
    """Escalations: rows of (lang, customer, message)."""
    for lang, cust, msg in rows:
        add(lang, cust, msg, True, intent, None)

def plain(intent, rows):
    """No article, no escalation: rows of (lang, message)."""
    for lang, msg in rows:
        add(lang, nextcust(), msg, False, intent, None)

# ---------------------------------------------------------------- shipping
pol("shipping", "shipping-spain", [
 ("en", "how much is express shipping", ["7.95"]),
 ("en", "do u deliver to pick up points or lockers", ["SEUR Pickup"]),
 ("en", "whats the minimum for free shipping", ["59"]),
 ("es", "a partir de cuanto es el envio gratis??", ["59"]),
 ("ca", "quant triga un enviament a Girona?", ["2-3"]),
 ("en", "which courier do you use in spain", ["SEUR"]),
 ("es", "con que transportista enviais? seur o correos?", ["Correos Express"]),
 ("en", "i missed the delivery guy twice, where does my parcel go now", ["depot"]),
 ("en", "how long does a parcel stay at the pickup point before it goes back", ["7 calendar days"]),
 ("en", "do you ship to mallorca and how much is it", ["8.95"]),
 ("es", "haceis envios a Ibiza? cuanto cuesta", ["8.95"]),
 ("es", "si pido hoy a las 16h cuando sale el pedido del almacen", ["next working day"]),
 ("fr", "vous livrez à Valence en express le lendemain ? quel transporteur", ["SEUR"]),
 ("en", "buying 3 tubs of creatine 300 g, will i get free shipping", ["59"]),
 ("en", "what does the delivery person do if i'm not home", ["twice"]),
 ("en", "does the pallet service person call before delivering the treadmill?", ["day before"]),
 ("es", "el envio gratis se aplica con la tarjeta regalo descontada?", ["after discounts"]),
])
pol("shipping", "canary-ceuta-melilla", [
 ("en", "do you ship to tenerife?", ["Canary Islands"]),
 ("es", "envios a Canarias, tengo que pagar el IGIC?", ["IGIC"]),
 ("es", "que es el DUA?? me piden pagar algo al recibir el paquete en Las Palmas", ["DUA"]),
 ("es", "cuanto tarda un envio a melilla", ["6-9 working days"]),
 ("ca", "envieu a Ceuta?", ["Ceuta"]),
 ("es", "pedi geles de cafeina a Tenerife, por que tardan mas que lo normal?", ["health-registry"]),
 ("en", "whats the customs fee for canarias", ["12.00"]),
 ("en", "what's the service fee for customs in the canaries? not urgent", ["12.00"]),
 ("es", "y si no pago el IGIC y devuelven el paquete me devolveis el dinero?", ["customs fee"]),
])
pol("shipping", "shipping-international", [
 ("pt", "vocês enviam para o Porto? quanto custa", ["6.95"]),
 ("pt", "quanto tempo demora a entrega para Lisboa", ["3-5 working days"]),
 ("fr", "Vous livrez en France ? combien de temps ça prend ?", ["3-6 working days"]),
 ("de", "Versand nach Deutschland, was kostet das?", ["9.95"]),
 ("it", "spedite in Italia? quanto costa la spedizione", ["9.95"]),
 ("nl", "verzenden jullie naar Nederland en hoeveel dagen duurt het", ["3-6"]),
 ("pl", "czy wysyłacie do Polski? ile dni trwa dostawa", ["5-9 working days"]),
 ("ro", "livrati in Romania? cat costa transportul", ["14.95"]),
 ("sv", "skickar ni till Sverige? hur lång tid tar det", ["5-9"]),
 ("cs", "posíláte do České republiky? kolik stojí doprava", ["14.95"]),
 ("el", "Στέλνετε στην Ελλάδα; πόσο κοστίζει η αποστολή;", ["14.95"]),
 ("en", "do you ship to the uk after brexit? will i have to pay customs", ["20%"]),
 ("de", "Liefert ihr in die Schweiz? Muss ich Zoll zahlen?", ["8.1%"]),
 ("en", "can you ship to the usa", ["United States"]),
 ("en", "i'm in ireland, whats the free shipping threshold", ["149"]),
 ("es", "envian a Andorra?", ["Andorra"]),
 ("en", "can i get creatine shipped to sweden, i want like 3 tubs", ["500 g"]),
 ("de", "schickt ihr Koffein-Gels in die Schweiz?", ["Switzerland"]),
 ("fr", "livraison d'un tapis de course en Belgique possible ?", ["89.00"]),
 ("en", "what's the policy if i refuse a parcel from dhl in switzerland", ["19.95"]),
])
pol("shipping", "barcelona-store", [
 ("en", "how does click and collect work", ["2 hours"]),
 ("es", "puedo recoger el pedido en la tienda? cuesta algo?", ["free"]),
 ("ca", "pot recollir la comanda el meu germà?", ["confirmation e-mail"]),
 ("en", "can another person pick up my click & collect order for me", ["confirmation e-mail"]),
 ("en", "is it possible to cancel a click and collect order by just not picking it up", ["10 days"]),
])
pol("other", "barcelona-store", [
 ("en", "what are your store hours", ["10:00-20:30"]),
 ("es", "a que hora abris el sabado?", ["10:00-14:00"]),
 ("ca", "on és la botiga de Barcelona?", ["Pujades 118"]),
 ("en", "where is your shop, closest metro?", ["Llacuna"]),
 ("en", "do you do gait analysis for running shoes", ["17:00"]),
 ("en", "can a human trainer help me pick shoes in the store without booking?", ["gait analysis"]),
])
pol("shipping", "assembly-service", [
 ("en", "do you assemble treadmills? price?", ["79.00"]),
 ("es", "montais la cinta de correr en casa? cuanto cuesta", ["79.00"]),
 ("en", "do you offer assembly in mallorca", ["Balearic"]),
 ("ca", "quant temps triga el tècnic a muntar la cinta?", ["60-90 minutes"]),
 ("en", "do i need to call someone to book the treadmill assembly or can i do it online", ["checkout"]),
 ("en", "is the service for assembly available in valencia", ["Spanish mainland"]),
 ("es", "el servicio de montaje incluye retirar la cinta vieja?", ["35.00"]),
 ("en", "service hours for the technician visits?", ["4-hour slot"]),
])

# ---------------------------------------------------------------- returns, exchanges, warranty
pol("return_refund", "returns-refunds", [
 ("en", "whats your return policy", ["30 days"]),
 ("en", "can i return an opened tub of whey if i dont like the taste", ["Opened supplements"]),
 ("es", "puedo devolver unas zapatillas que he usado una vez para correr?", ["unworn"]),
 ("en", "how many days do i have to return the smartwatch", ["14 days"]),
 ("es", "cuanto cuesta la etiqueta de devolucion?", ["4.50"]),
 ("pt", "quanto custa devolver a partir de Portugal?", ["6.50"]),
 ("en", "how long until i get my refund", ["5 working days"]),
 ("fr", "combien de temps prend un remboursement sur carte bancaire ?", ["3-5 working days"]),
 ("en", "can i return socks? bought the wrong size and opened them", ["hygiene"]),
 ("de", "Kann ich ein Laufband zurückgeben? Was kostet die Abholung?", ["69.00"]),
 ("en", "do you refund shipping costs when i return stuff", ["Original shipping costs"]),
 ("en", "is returning free if the item is faulty", ["faulty, damaged or wrong"]),
 ("nl", "kan ik ongeopende eiwitpoeder terugsturen?", ["sealed and unopened"]),
 ("en", "do I need to contact someone to start a return or can i do it myself", ["My orders"]),
 ("es", "tengo que hablar con alguien para hacer una devolucion o lo hago yo desde la web?", ["My orders"]),
 ("en", "refund to bizum how long", ["1-2 days"]),
 ("en", "if i return part of my order do i get the shipping back", ["whole order"]),
 ("en", "hi i got leggings last week || they're too big. can i still send them back if i only tried them on at home with the tags on", ["tags"]),
 ("en", "i don't need a person, just tell me how long returns take", ["30 days"]),
 ("es", "no quiero hablar con nadie, solo dime cuanto tarda el reembolso", ["5 working days"]),
 ("de", "Muss ich den Kundenservice kontaktieren, um eine Rücksendung zu starten?", ["My orders"]),
 ("pt", "preciso de falar com alguém para devolver uma encomenda?", ["My orders"]),
 ("en", "the agent on whatsapp told me returns are 30 days for shoes, is that right?", ["30 days"]),
 ("en", "do refunds go back to klarna or to my card?", ["original payment method"]),
 ("en", "refund policy for treadmills?", ["69.00"]),
 ("en", "how do I return something, do I need an RMA number from an agent first?", ["My orders"]),
 ("pl", "ile mam dni na zwrot butów?", ["30 days"]),
 ("ro", "pot returna un ceas după 10 zile?", ["14 days"]),
 ("en", "can i return a sports bra if i took the tags off", ["hygiene"]),
 ("en", "can i return a gift card i bought by mistake", ["Gift cards"]),
 ("es", "la devolucion en la tienda de Barcelona es gratis?", ["Barcelona store"]),
 ("en", "if i return my order, when exactly does the return window start? when i ordered or when it arrived?", ["receive the parcel"]),
])
pol("return_refund", "size-exchanges", [
 ("en", "how do i exchange shoes for a bigger size", ["Exchange size"]),
 ("es", "el cambio de talla es gratis?", ["first size exchange"]),
 ("it", "posso cambiare le scarpe con un altro modello?", ["same product"]),
 ("de", "Umtausch in eine andere Größe, was kostet der zweite Umtausch?", ["4.50"]),
 ("ca", "puc canviar la talla de les sabatilles?", ["30 days"]),
 ("fr", "faut-il contacter le service client pour échanger une taille ?", ["Exchange size"]),
])
pol("return_refund", "damaged-faulty", [
 ("en", "what do i do if my parcel arrives damaged", ["7 days"]),
 ("es", "si me llega un producto roto, que tengo que enviar?", ["photos"]),
 ("en", "the box looks crushed, should i accept it from the driver?", ["refuse the parcel"]),
 ("en", "do i pay return shipping for a wrong item", ["do not pay"]),
 ("pt", "a encomenda chegou com a caixa molhada, posso recusar?", ["refuse"]),
 ("en", "does a person actually check the photos i send for damaged items? how quickly?", ["1 working day"]),
])
pol("return_refund", "warranty", [
 ("en", "whats the warranty on the treadmill motor", ["5 years"]),
 ("es", "cuanta garantia tiene el reloj?", ["battery 2 years"]),
 ("en", "how do i make a warranty claim for my treadmill", ["garantia@forzasport.es"]),
 ("ca", "quina garantia té el bastidor de la cinta de córrer?", ["10 years"]),
 ("it", "quanto tempo per riparare in garanzia il massaggiatore?", ["15 working days"]),
 ("it", "devo contattare qualcuno per la garanzia del tapis roulant?", ["garantia@forzasport.es"]),
])
pol("return_refund", "order-changes", [
 ("en", "can i cancel an order after it's shipped", ["cannot be cancelled"]),
 ("es", "hasta cuando puedo cancelar un pedido?", ["14:00"]),
 ("en", "how long do refunds for cancelled orders take", ["3 working days"]),
 ("de", "kann ich eine Bestellung stornieren, bevor sie verschickt wird?", ["pending"]),
 ("en", "if i cancel a klarna order what happens to the instalments", ["automatically"]),
 ("en", "do I need to talk to an agent to cancel or is there a button somewhere", ["Our team makes the change"]),
 ("fr", "est-ce que je peux annuler une commande déjà expédiée ?", ["cannot be cancelled"]),
 ("nl", "tot wanneer kan ik een bestelling annuleren?", ["14:00"]),
 ("en", "what's the refund policy if i cancel before shipping", ["3 working days"]),
 ("ca", "he de parlar amb algú per anul·lar una comanda?", ["Our team makes the change"]),
 ("en", "can you cancel orders? just asking in general, how does it work", ["pending"]),
 ("pt", "posso cancelar uma encomenda depois de enviada?", ["cannot be cancelled"]),
 ("en", "general question, not for a specific order: if something ships and i no longer want it what should i do", ["Refuse the delivery"]),
])
pol("order_status", "order-changes", [
 ("en", "is it possible to change the delivery address once shipped", ["tracking link"]),
 ("es", "se puede cambiar la direccion de entrega de un pedido? como funciona", ["before the parcel"]),
 ("it", "posso cambiare l'indirizzo di consegna dopo la spedizione?", ["pick-up point"]),
])

# ---------------------------------------------------------------- product topics
pol("product_info", "size-guide", [
 ("en", "my foot is 26.7 cm what eu size should i get", ["42"]),
 ("en", "does the trail grip 2 run small?", ["half a size up"]),
 ("es", "que talla de mallas si tengo 75 de cintura", ["72-78"]),
 ("fr", "je fais du 44, c'est quelle taille UK ?", ["9.5"]),
 ("pl", "jaki rozmiar butów przy stopie 26 cm?", ["41"]),
 ("en", "size chart for shoes || im a uk 8", ["42"]),
])
pol("product_info", "subscribe-save", [
 ("es", "puedo cancelar la suscripcion cuando quiera?", ["any time"]),
 ("en", "can i pause my protein subscription for the summer", ["3 months"]),
 ("de", "Wie oft wird das Abo geliefert?", ["every 4, 6 or 8 weeks"]),
 ("en", "i dont need to talk to a person right? i can cancel my subscription online?", ["Cancel subscription"]),
 ("en", "do i have to contact customer service to cancel my subscription", ["Cancel subscription"]),
 ("en", "can i cancel a subscription delivery that's already been charged", ["3 days"]),
 ("ca", "la subscripció té permanència mínima?", ["minimum term"]),
])
pol("payment", "subscribe-save", [
 ("en", "can i pay my subscription with bizum", ["Bizum"]),
])
pol("product_info", "allergens-vegan", [
 ("en", "is the whey isolate 90 lactose free", ["0.5 g"]),
 ("es", "las barritas de proteina llevan cacahuete?", ["peanuts"]),
 ("en", "how much creatine should i take a day", ["3-5 g"]),
 ("fr", "est-ce que vos protéines en poudre contiennent du gluten ?", ["gluten-free"]),
 ("it", "sono incinta, posso prendere i gel alla caffeina?", ["pregnant"]),
 ("es", "mi hijo de 15 años puede tomar creatina?", ["under-18s"]),
 ("nl", "bevat de recovery drink melk?", ["milk"]),
 ("en", "can i take creatine with my blood pressure medication", ["doctor"]),
 ("ca", "la proteïna vegana porta al·lèrgens?", ["14 main allergens"]),
 ("en", "do you sell caffeine gels || how many can i take per day", ["2 gels"]),
 ("de", "Ist das Whey Isolate 90 für Veganer geeignet?", ["milk"]),
 ("pt", "a creatina é vegana?", ["Creatine Monohydrate"]),
])
pol("product_info", "best-before", [
 ("en", "how long is the shelf life on the protein when it arrives", ["6 months"]),
 ("es", "cuanto dura la proteina una vez abierta?", ["3 months"]),
 ("en", "do you sell short dated stuff cheaper", ["Última oportunidad"]),
 ("de", "Wie lagere ich Kreatin richtig?", ["25 °C"]),
])
pol("return_refund", "best-before", [
 ("en", "can i return a short-dated gel pack i bought on offer", ["cannot be returned"]),
])

# ---------------------------------------------------------------- payment topics
pol("payment", "forza-points", [
 ("es", "cuanto valen los puntos Forza?", ["100 points are worth €1"]),
 ("en", "do points expire", ["18 months"]),
 ("ca", "quants punts em donen per l'aniversari?", ["200 points"]),
 ("pt", "como ganho pontos?", ["1 point for every euro"]),
 ("en", "what happens to my points if i return something", ["taken back"]),
])
pol("payment", "discounts", [
 ("en", "do you have a student discount", ["10%"]),
 ("es", "teneis descuento para clubes de running?", ["15%"]),
 ("en", "forgot to put my code in, can it be added after paying", ["retroactively"]),
 ("fr", "réduction étudiante, comment ça marche ?", ["university e-mail"]),
 ("ca", "el codi de descompte serveix per a productes rebaixats?", ["already on sale"]),
 ("en", "i'm a personal trainer with a small club, do you have club discounts", ["15%"]),
 ("en", "manager of a running club here, how do we get the discount?", ["club form"]),
 ("en", "my friend is a manager at a crossfit box, can his box get a discount", ["15%"]),
 ("en", "student discount? || how do i prove im a student", ["university e-mail"]),
])
pol("payment", "price-match", [
 ("en", "do you price match", ["identical product"]),
 ("es", "he visto la creatina mas barata en otra web, igualais el precio?", ["Spanish online shop"]),
 ("en", "price dropped elsewhere 3 days after i ordered, can i get the difference in that case?", ["7 days"]),
 ("de", "Gilt die Preisgarantie auch bei Black Friday?", ["Black Friday"]),
 ("it", "fate price match con negozi francesi?", ["outside Spain"]),
])
pol("payment", "gift-cards", [
 ("en", "what values do gift cards come in", ["150"]),
 ("es", "como consulto el saldo de mi tarjeta regalo?", ["PIN"]),
 ("ca", "puc fer servir la targeta regal a la botiga?", ["Barcelona store"]),
 ("nl", "hoe lang is een cadeaubon geldig?", ["2 years"]),
 ("en", "do I need to contact you to use my gift card in store?", ["Barcelona store"]),
 ("en", "what happens to my refund if i paid with a gift card", ["back to the gift card"]),
 ("en", "gift cards? || how long are they valid", ["2 years"]),
])
pol("payment", "payment-methods", [
 ("en", "do you accept paypal", ["PayPal"]),
 ("es", "aceptais Bizum?", ["Bizum"]),
 ("es", "se puede pagar contra reembolso?", ["3.00"]),
 ("en", "bank transfer details pls", ["ES76 2100 0813 6101 2345 6789"]),
 ("de", "Kann ich per Nachnahme in die Schweiz bestellen?", ["outside Spain"]),
 ("it", "accettate American Express?", ["American Express"]),
 ("en", "questions about klarna instalments, do you handle them or klarna?", ["Klarna directly"]),
 ("es", "necesito factura con el CIF de mi empresa, como la pido?", ["30 days"]),
 ("en", "can you change the nif on an invoice that was already issued", ["corrective invoice"]),
 ("ca", "em podeu fer factura a nom de l'empresa?", ["NIF"]),
 ("pl", "czy mogę zapłacić kartą Visa?", ["Visa"]),
 ("ro", "pot plăti cu PayPal din România?", ["all countries"]),
 ("sv", "kan jag betala med Klarna?", ["3 interest-free instalments"]),
 ("cs", "můžu platit bankovním převodem?", ["bank transfer"]),
 ("el", "Δέχεστε PayPal;", ["PayPal"]),
 ("en", "transfer order unpaid, how long before you cancel it", ["5 days"]),
 ("es", "tengo que llamar a alguien para pedir la factura con CIF?", ["My orders"]),
 ("fr", "je peux payer en plusieurs fois ?", ["Klarna"]),
 ("en", "do you take klarna || what's the max amount?", ["1,500"]),
 ("es", "aceptais PayPal? || y contra reembolso a Mallorca?", ["Balearic"]),
 ("ca", "feu factura amb NIF? || i si ja està emesa?", ["corrective invoice"]),
])

# ---------------------------------------------------------------- account, privacy, contact
pol("account", "account-password", [
 ("en", "how do i reset my password", ["60 minutes"]),
 ("es", "no me llega el correo para cambiar la contraseña", ["spam"]),
 ("en", "can i check a guest order without an account", ["order tracking page"]),
 ("ca", "com canvio el correu electrònic del compte?", ["Personal details"]),
 ("fr", "j'ai oublié mon mot de passe, je fais comment", ["Forgot password"]),
 ("en", "if i change my address in my account does it update the order i placed yesterday", ["does not change orders"]),
 ("en", "how do i reset my password || how long is the link valid", ["60 minutes"]),
])
pol("account", "privacy-data", [
 ("en", "how do i delete my account", ["Delete my account"]),
 ("es", "como borro mis datos personales?", ["30 days"]),
 ("de", "wie bekomme ich eine Kopie meiner Daten", ["72 hours"]),
 ("it", "se cancello l'account perdo i punti?", ["Forza Points"]),
 ("en", "can i complain to someone if you mishandle my data?", ["AEPD"]),
 ("ro", "cum îmi șterg contul?", ["Delete my account"]),
])
pol("other", "privacy-data", [
 ("en", "who's your data protection officer? email?", ["privacidad@forzasport.es"]),
])
pol("other", "contact", [
 ("en", "what's your customer service phone number?", ["+34 932 208 415"]),
 ("en", "do you have whatsapp", ["+34 644 310 207"]),
 ("es", "cual es el email de atencion al cliente?", ["hola@forzasport.es"]),
 ("en", "what are the live chat hours", ["9:00-20:00"]),
 ("ca", "parleu català al servei d'atenció al client?", ["Catalan"]),
 ("en", "where do i send a formal complaint", ["reclamaciones@forzasport.es"]),
 ("es", "teneis hoja de reclamaciones?", ["hoja de reclamaciones"]),
 ("en", "how fast does the human team reply to emails", ["24 hours"]),
 ("pt", "vocês falam português no apoio ao cliente?", ["Portuguese"]),
 ("en", "how quickly do you call back if i ask for a callback? just wondering", ["2 working hours"]),
 ("en", "do your agents speak english", ["English"]),
 ("en", "is there a manager i can write a complaint to? not now, just want the address", ["reclamaciones"]),
 ("en", "what's the complaint form called in spain, hoja de something?", ["hoja de reclamaciones"]),
 ("en", "if I have a complaint about a product, what's the email?", ["reclamaciones@forzasport.es"]),
 ("en", "my complaint isn't urgent, just curious how long you take to answer formal complaints", ["10 days"]),
 ("nl", "hoe lang duurt het voordat een medewerker mijn e-mail beantwoordt?", ["24 hours"]),
 ("pl", "czy wasi konsultanci mówią po angielsku?", ["English"]),
 ("sv", "vilka tider är er kundtjänst öppen i chatten?", ["9:00-20:00"]),
 ("en", "is the human support team based in barcelona?", ["Barcelona"]),
 ("es", "cual es el horario de atencion al cliente por telefono?", ["9:00-19:00"]),
 ("en", "hi || whats ur whatsapp number", ["+34 644 310 207"]),
 ("fr", "quel est votre numéro de téléphone pour le service client ?", ["+34 932 208 415"]),
 ("de", "Wie lautet eure E-Mail-Adresse für den Kundenservice?", ["hola@forzasport.es"]),
 ("it", "avete un numero whatsapp per l'assistenza?", ["+34 644 310 207"]),
 ("en", "if i ever need a human later, how would i reach one? just asking for the future", ["+34 932 208 415"]),
 ("cs", "jaký je váš e-mail na zákaznický servis?", ["hola@forzasport.es"]),
])

# ---------------------------------------------------------------- follow-ups on a topic (multi-turn)
pol("shipping", "shipping-international", [
 ("en", "do you ship free within spain? || and to portugal?", ["Portugal"]),
 ("en", "how long does delivery to france take || and to the uk?", ["4-7 working days"]),
 ("de", "Wie viel kostet der Versand nach Österreich? || und in die Schweiz?", ["19.95"]),
 ("it", "spedite in Italia? || e in Grecia quanto ci vuole?", ["5-9"]),
 ("nl", "verzenden jullie naar België? || en vanaf welk bedrag is het gratis?", ["99"]),
 ("pt", "enviam para os Açores? || quanto tempo demora?", ["3-5 working days"]),
 ("en", "do you ship to france || and to norway?", ["Norway"]),
])
pol("shipping", "canary-ceuta-melilla", [
 ("es", "cuanto cuesta el envio a Canarias? || y a Melilla?", ["16.95"]),
])
pol("shipping", "assembly-service", [
 ("en", "do you assemble treadmills || also in the canary islands?", ["Canary Islands"]),
])
pol("return_refund", "returns-refunds", [
 ("en", "what's the return window for shoes || and for the smartwatch?", ["14 days"]),
 ("en", "can i return opened protein || and what if it's still sealed?", ["14 days"]),
])
pol("return_refund", "size-exchanges", [
 ("en", "how do i exchange sizes || is it free?", ["first size exchange"]),
])
pol("return_refund", "warranty", [
 ("en", "treadmill warranty? || and for the dumbbells?", ["5 years"]),
])
pol("other", "barcelona-store", [
 ("ca", "quin horari té la botiga? || i dissabte?", ["16:30-20:00"]),
])
pol("payment", "forza-points", [
 ("en", "how many points do i get per euro || when do they expire", ["18 months"]),
])
pol("product_info", "subscribe-save", [
 ("en", "how much is the subscribe and save discount || can i skip a month?", ["skip"]),
])

# ---------------------------------------------------------------- product data (products.json)
prod([
 ("en", "FZ-P001", "how much is the whey isolate 90", ["64.9"]),
 ("es", "FZ-P002", "que sabores tiene la Vegan Protein Blend", ["salted caramel"]),
 ("en", "FZ-P013", "is the kettlebell 16 kg in stock", ["Kettlebell 16 kg"]),
 ("en", "FZ-P015", "whats the max speed of the T700 treadmill", ["18 km/h"]),
 ("en", "FZ-P015", "i weigh 120 kg can i use the treadmill t700", ["130 kg"]),
 ("en", "FZ-P016", "battery life of the pace gps 2?", ["14-day"]),
 ("it", "FZ-P016", "il Pace GPS 2 è impermeabile?", ["5 ATM"]),
 ("en", "FZ-P008", "runner pro 3 colours", ["white/coral"]),
 ("es", "FZ-P008", "cuanto pesan las Runner Pro 3?", ["265 g"]),
 ("en", "FZ-P009", "trail grip 2 waterproof?", ["waterproof"]),
 ("de", "FZ-P020", "Was kostet die Olympic Barbell 20 kg?", ["189"]),
 ("en", "FZ-P018", "is the yoga mat latex free? im allergic", ["latex"]),
 ("fr", "FZ-P006", "combien de protéines par barre Crunch 20 ?", ["20 g"]),
 ("es", "FZ-P003", "la creatina tiene sabor?", ["unflavoured"]),
 ("en", "FZ-P005", "how much caffeine per gel in the cola ones", ["100 mg"]),
 ("pt", "FZ-P025", "quanto custa a Massage Gun Express?", ["99"]),
 ("nl", "FZ-P024", "welke maten hebben de Free Run Socks?", ["43-46"]),
 ("ca", "FZ-P010", "les Tempo Leggings tenen butxaques?", ["pockets"]),
 ("sv", "FZ-P001", "hur mycket protein per portion i Whey Isolate 90?", ["27 g"]),
 ("pl", "FZ-P013", "ile kosztuje Kettlebell 16 kg?", ["54.9"]),
 ("ro", "FZ-P008", "ce culori are Runner Pro 3?", ["black/volt"]),
 ("cs", "FZ-P016", "kolik stojí Pace GPS 2?", ["249"]),
 ("en", "FZ-P003", "hi do you sell creatine || how much is it", ["24.9"]),
 ("en", "FZ-P008", "looking at the runner pro 3 || what sizes do you have?", ["38-46"]),
 ("en", "FZ-P002", "is whey isolate 90 vegan || ok then what flavours does the vegan protein blend come in", ["cocoa"]),
 ("en", "FZ-P014", "how much is the kettlebell 16 kg || and the 8 kg one?", ["32.9"]),
 ("en", "FZ-P008", "runner pro 3 in size 44?", ["38-46"]),
 ("en", "FZ-P016", "is 5 ATM enough for swimming with the pace gps 2?", ["5 ATM"]),
 ("es", "FZ-P005", "teneis el pack de 12 geles de cafeina? precio", ["23.4"]),
 ("en", "FZ-P015", "human here lol not a bot. does the t700 fold?", ["Foldable"]),
 ("el", "FZ-P001", "Πόσο κοστίζει το Whey Isolate 90;", ["64.9"]),
])

# ---------------------------------------------------------------- own orders (orders.json)
mine([
 ("en", "u201", "where is my order FZ-73012", ["shipped", "SEU84720193651"]),
 ("es", "u201", "hola, me decis el estado del pedido FZ-73013?", ["CEX3380012457"]),
 ("en", "u201", "has FZ-73012 shipped yet? || which courier is it with?", ["SEUR"]),
 ("en", "u202", "status of FZ-73020", ["pending"]),
 ("en", "u202", "i ordered a treadmill, FZ-73020 || when will it ship? is it still pending?", ["pending"]),
 ("en", "u203", "is FZ-73031 paid? when does it ship", ["paid"]),
 ("en", "u203", "was FZ-73044 cancelled or not", ["cancelled"]),
 ("de", "u204", "Wo ist meine Bestellung FZ-73050?", ["JD014600006281"]),
 ("en", "u204", "did my refund for FZ-73058 go through?", ["refunded"]),
 ("es", "u205", "mi pedido FZ-73061 a Tenerife, que transportista lo lleva?", ["Correos Express"]),
 ("ca", "u206", "on és la comanda FZ-73072?", ["GLS56004419377"]),
 ("fr", "u207", "où en est ma commande FZ-73083 ?", ["JD014600004417"]),
 ("en", "u207", "tracking for my foam roller order FZ-73090", ["SEU84720197702"]),
 ("en", "u208", "FZ-73101 refund status", ["refunded"]),
 ("en", "u209", "my runner pro 3 order FZ-73105 where is it", ["JD014600007730"]),
 ("en", "u209", "hi || FZ-73105 || which carrier", ["DHL"]),
 ("pt", "u209", "a encomenda FZ-73112 foi entregue?", ["CEX3380024466"]),
 ("nl", "u210", "waar is mijn bestelling FZ-73120", ["GLS56004420051"]),
 ("en", "u210", "i ordered trail grip 2 and socks || order FZ-73120 || which courier?", ["GLS"]),
 ("sv", "u206", "var är min order FZ-73072?", ["GLS"]),
 ("en", "u201", "i have two orders with you || what about FZ-73013, was it delivered?", ["delivered"]),
 ("en", "u207", "FZ-73083 arrived? || and the other one, FZ-73090?", ["SEU84720197702"]),
 ("ro", "u204", "unde este comanda FZ-73050?", ["DHL"]),
 ("cs", "u205", "kde je moje objednávka FZ-73061?", ["CEX3380031178"]),
 ("en", "u201", "fz-73012 where is it", ["SEU84720193651"]),
 ("en", "u208", "hello || my refund FZ-73101 || was it processed?", ["refunded"]),
 ("en", "u207", "FZ-73090 || tracking?", ["SEU84720197702"]),
 ("es", "u209", "con que empresa va el pedido FZ-73105? DHL?", ["JD014600007730"]),
 ("en", "u206", "quick q, has my dumbbell order FZ-73072 left the warehouse", ["shipped"]),
 ("it", "u210", "ciao, l'ordine FZ-73120 con che corriere viaggia?", ["GLS"]),
 ("en", "u204", "i dont need a human, just the tracking for FZ-73050 please", ["JD014600006281"]),
 ("pl", "u207", "jaki jest numer przesyłki dla zamówienia FZ-73083?", ["JD014600004417"]),
])
# someone else's order or an unknown id: refuse, leak nothing
for lang, cust, msg, mnm in [
 ("en", "u202", "where is FZ-73012", ["SEU84720193651"]),
 ("en", "u203", "track order FZ-73105 please", ["JD014600007730"]),
 ("es", "u201", "estado del pedido FZ-73072", ["GLS56004419377"]),
 ("en", "u205", "my friend ordered FZ-73083, can u tell me if it arrived", ["JD014600004417"]),
 ("en", "u206", "FZ-73050 tracking number", ["JD014600006281"]),
 ("de", "u209", "Sendungsnummer für Bestellung FZ-73061?", ["CEX3380031178"]),
 ("en", "u210", "whats in order FZ-73020 and how much was it", ["1338"]),
 ("fr", "u204", "la commande FZ-73112 est livrée ?", ["CEX3380024466"]),
 ("en", "u208", "what carrier is FZ-73025 with", ["GLS56004412893"]),
 ("en", "u203", "my wife's order FZ-73090, whats the tracking", ["SEU84720197702"]),
 ("ca", "u209", "on és la comanda FZ-73120?", ["GLS56004420051"]),
 ("en", "u201", "where is FZ-79999", ["shipped"]),
 ("es", "u207", "el pedido FZ-70001 donde esta", ["delivered"]),
]:
    add(lang, cust, msg, False, "order_status", None, (), mnm)

# ---------------------------------------------------------------- numbers that are not order ids
pol("product_info", "allergens-vegan", [
 ("en", "i'm 45 years old and run 50 km a week, how much creatine a day?", ["3-5 g"]),
 ("es", "tomo 2 geles de cafeina en carreras de 3 horas, puedo tomar 4?", ["2 gels"]),
])
pol("shipping", "shipping-spain", [
 ("en", "my cart is 58.50 euros, do i get free delivery or need 1 more item", ["59"]),
])
pol("payment", "forza-points", [
 ("en", "i have 2500 points, how much is that in euros", ["100 points are worth €1"]),
])
prod([
 ("en", "FZ-P013", "is a 16 kg kettlebell too heavy for a 60 kg woman? what does yours cost", ["54.9"]),
])

# ---------------------------------------------------------------- outside the shop
plain("other", [
 ("en", "whats the weather in barcelona tomorrow"),
 ("en", "who won el clasico last night"),
 ("en", "give me a recipe for banana pancakes"),
 ("en", "can you help with my maths homework, whats the derivative of x^2"),
 ("es", "que tiempo hara el sabado en Sitges?"),
 ("ca", "qui guanyarà la lliga aquest any?"),
 ("fr", "quelle est la capitale de l'Australie ?"),
 ("de", "Kannst du mir ein Gedicht über das Laufen schreiben?"),
 ("it", "che ore sono a Roma?"),
 ("en", "is barça playing this weekend"),
 ("pt", "quem ganhou o jogo do Benfica ontem?"),
 ("nl", "wat voor weer wordt het morgen in Amsterdam"),
 ("pl", "jaka jest stolica Kanady?"),
 ("en", "tell me a joke"),
 ("es", "me ayudas con los deberes de quimica? es sobre enlaces covalentes"),
 ("sv", "vad är klockan i Stockholm?"),
 ("ro", "cum e vremea la București azi?"),
 ("en", "how do I get to Sagrada Familia from the airport"),
 ("cs", "kdo vyhrál Tour de France letos?"),
 ("el", "Τι καιρό θα κάνει αύριο στην Αθήνα;"),
])

# ---------------------------------------------------------------- small talk
plain("greeting", [("en", "hi"), ("es", "hola"), ("ca", "bon dia"), ("en", "hello there!"),
                   ("es", "buenas tardes"), ("pt", "olá"), ("de", "Guten Tag")])
plain("thanks", [("en", "thanks a lot"), ("es", "gracias!!"), ("ca", "moltes gràcies"),
                 ("fr", "merci beaucoup"), ("it", "grazie mille")])
add("en", "u201", "where is FZ-73012 || great thanks", False, "thanks")
plain("goodbye", [("en", "bye"), ("ca", "adeu!"), ("en", "that's all, bye"), ("it", "ciao, a presto"),
                  ("es", "hasta luego"), ("nl", "doei, fijne dag")])

# ---------------------------------------------------------------- explicit requests for a person
escl("human_request", [
 ("en", "u201", "can i talk to a human"), ("en", "u202", "agent please"), ("en", "u203", "real person pls"),
 ("en", "u204", "i want to speak to someone"), ("en", "u205", "connect me to a customer service rep"),
 ("en", "u206", "human"), ("en", "u207", "operator"), ("en", "u208", "get me a manager"),
 ("en", "u209", "is there a real person i can talk to?"), ("en", "u210", "transfer me to a live agent"),
 ("en", "u201", "put me through to someone who can actually help"),
 ("en", "u202", "i'd rather talk to a person about this thing tbh"),
 ("en", "u203", "can someone from your team contact me"),
 ("en", "u204", "I need to speak with a member of staff please"),
 ("en", "u205", "pls let me chat with an actual human being"), ("en", "u206", "no bots. person."),
 ("en", "u207", "this bot isn't getting it, someone from the team please"),
 ("en", "u208", "i think i need an actual person for this one"),
 ("en", "u209", "is anyone there? like a real one"),
 ("en", "u210", "let me talk to one of your colleagues"),
 ("en", "u201", "Good afternoon. I would appreciate it if a member of your customer care team could assist me personally."),
 ("en", "u202", "speak to representative"),
 # callbacks
 ("en", "u203", "can someone call me back on 612 345 678"),
 ("en", "u204", "please call me, im at work until 6 but free after"),
 ("en", "u205", "callback please"),
 ("en", "u202", "i'd like a call back about my treadmill"),
 ("es", "u206", "me podeis llamar? prefiero hablar por telefono"),
 ("ca", "u207", "em podeu trucar, si us plau?"),
 ("pt", "u208", "podem ligar-me? é mais fácil por telefone"),
 ("fr", "u209", "pouvez-vous me rappeler svp, au 06 12 34 56 78"),
 ("de", "u210", "Bitte ruft mich zurück, am besten heute Nachmittag"),
 ("it", "u201", "potete richiamarmi? grazie"),
 # a question and a request in the same line
 ("en", "u202", "how much is the kettlebell 16 kg? also can i talk to someone about a bulk order for my gym"),
 ("en", "u203", "do you ship to portugal, actually can a person contact me instead"),
 ("es", "u204", "cuanto cuesta el envio a Mallorca? y quiero hablar con una persona"),
 ("en", "u205", "what's the return window, and can I speak to an agent anyway"),
 ("de", "u206", "Wie lange dauert der Versand? Und ich möchte bitte mit einem Mitarbeiter sprechen"),
 ("fr", "u207", "c'est quoi les frais de retour ? et je voudrais parler à quelqu'un"),
 ("ca", "u208", "quant costa el muntatge de la cinta? i vull parlar amb una persona, gràcies"),
 ("en", "u209", "is the pace gps 2 waterproof? never mind, just get me a human"),
 # other languages
 ("es", "u210", "quiero hablar con una persona"), ("es", "u201", "pasame con un agente"),
 ("es", "u202", "necesito hablar con alguien de atencion al cliente ya"),
 ("es", "u203", "prefiero que me atienda alguien de carne y hueso"),
 ("es", "u204", "hay alguien real ahi? no quiero un robot"),
 ("ca", "u205", "vull parlar amb una persona"), ("ca", "u206", "em passes amb algú de l'equip?"),
 ("ca", "u207", "millor que m'ho miri algú de vosaltres"),
 ("pt", "u208", "quero falar com um humano"), ("pt", "u209", "posso falar com um assistente real?"),
 ("fr", "u210", "je voudrais parler à un conseiller"),
 ("de", "u201", "Ich möchte mit einem Menschen sprechen"),
 ("it", "u202", "posso parlare con un operatore?"), ("nl", "u203", "ik wil een medewerker spreken"),
 ("pl", "u204", "chcę rozmawiać z konsultantem"), ("ro", "u205", "vreau să vorbesc cu un operator"),
 ("sv", "u206", "kan jag prata med en människa?"), ("cs", "u207", "chci mluvit s člověkem"),
 ("el", "u208", "Θέλω να μιλήσω με έναν άνθρωπο"),
 ("es", "u209", "hola, can I speak con alguien real porfa"),
 ("nl", "u210", "kan iemand van jullie me helpen? liefst een echt persoon"),
 ("pl", "u201", "proszę o kontakt z pracownikiem sklepu"),
 # multi-turn, the request comes last
 ("en", "u201", "where is FZ-73012 || ok and can i talk to someone about it? i want it redirected"),
 ("es", "u205", "hola || tengo un problema con el pedido FZ-73061 || quiero hablar con una persona"),
 ("ca", "u206", "bon dia || vull parlar amb algú de l'equip, si us plau"),
 ("en", "u209", "what's your return window for smartwatches || ok. i'd like someone to call me about it"),
 ("pt", "u204", "olá || preciso de ajuda com a encomenda FZ-73050 || posso falar com alguém?"),
 ("de", "u207", "Hallo || Kann mich ein Mitarbeiter anrufen?"),
 ("en", "u203", "hey || i have a question about a charge || actually just get me a human"),
 ("fr", "u210", "bonjour || je veux parler à quelqu'un de votre équipe svp"),
 ("it", "u202", "ciao || ho bisogno di un operatore umano"),
 ("en", "u208", "do you price match? || ok i'd like to speak to someone about it please"),
])

# ---------------------------------------------------------------- staff-only problems
escl("payment", [
 ("en", "u203", "i was charged twice for FZ-73031"),
 ("es", "u201", "me habeis cobrado dos veces el pedido FZ-73012"),
 ("en", "u203", "i cancelled FZ-73044 but the money was still taken from my card"),
 ("de", "u203", "Bestellung FZ-73044 storniert, aber trotzdem abgebucht!"),
 ("en", "u206", "paypal says i paid FZ-73079 but your site still shows it as unpaid"),
 ("es", "u206", "Bizum me dice pagado pero el pedido FZ-73079 sigue pendiente de pago"),
 ("en", "u202", "i did the bank transfer for FZ-73020 on monday, the money left my account, why is it still pending"),
 ("en", "u201", "found the whey 10 € cheaper at another spanish shop 2 days after ordering FZ-73012, please refund me the difference"),
 ("ca", "u207", "he vist el rellotge més barat a una altra botiga, em torneu la diferència de la comanda FZ-73083?"),
 ("en", "u209", "you charged me 159.90 for FZ-73105 but the site showed 139.95"),
 ("en", "u210", "klarna is still charging me for FZ-73118 which was cancelled"),
 ("fr", "u207", "j'ai été débité deux fois pour la commande FZ-73090"),
 ("pt", "u204", "cobraram-me duas vezes a encomenda FZ-73050"),
 ("it", "u208", "mi avete addebitato due volte l'ordine FZ-73094"),
 ("en", "u205", "my student code didnt apply on FZ-73067 and i paid full price, can you refund the 10%"),
 ("nl", "u210", "ik ben dubbel belast voor bestelling FZ-73120"),
 ("en", "u203", "quick one || FZ-73044 was cancelled last week || but i see the charge on my card again today"),
 ("es", "u208", "hice la transferencia del pedido FZ-73094 y me lo habeis cobrado tambien con tarjeta"),
 ("sv", "u209", "jag har blivit debiterad två gånger för FZ-73112"),
 ("ro", "u204", "am plătit comanda FZ-73050 de două ori, vă rog verificați"),
])
escl("account", [
 ("en", "u202", "i never ordered FZ-73025, someone used my account"),
 ("es", "u208", "me aparece un pedido que no he hecho, FZ-73101, alguien ha entrado en mi cuenta"),
 ("en", "u205", "my forza points disappeared, had 1200 yesterday and now 0"),
 ("ca", "u206", "m'han desaparegut els punts Forza del compte"),
 ("en", "u207", "my gift card balance went from 100 to 0 and i didn't use it"),
 ("es", "u209", "el saldo de mi tarjeta regalo ha desaparecido y no la he usado"),
 ("en", "u204", "i asked to delete my account 2 months ago and im still getting emails and can still log in"),
 ("de", "u204", "Ich habe die Löschung meiner Daten beantragt, aber mein Konto existiert immer noch"),
 ("fr", "u210", "j'ai demandé la suppression de mes données il y a 6 semaines, toujours rien"),
 ("en", "u201", "someone changed my account email and i cant log in anymore"),
 ("it", "u203", "i punti della mia recensione con foto non sono mai arrivati, sono passati 2 mesi"),
 ("en", "u202", "points from FZ-73025 never showed up and it's been a month"),
 ("de", "u204", "Hallo, meine Forza Punkte || sie sind weg, gestern hatte ich noch 800"),
 ("pt", "u209", "há uma encomenda na minha conta que eu não fiz, FZ-73112"),
 ("pl", "u210", "ktoś zalogował się na moje konto i zmienił adres"),
 ("nl", "u207", "mijn cadeaubon van 50 euro staat ineens op 0, ik heb hem nooit gebruikt"),
 ("en", "u208", "i deleted my data through the privacy page weeks ago but my order history is all still there and i got a birthday email"),
])
escl("return_refund", [
 ("en", "u201", "i want to exchange the runner pro 3 from FZ-73013 for a 43, can you swap it in the order"),
 ("es", "u210", "quiero cambiar la talla de las Trail Grip 2 del pedido FZ-73120 por un 44"),
 ("en", "u204", "refund for FZ-73058 was promised 2 weeks ago, still nothing on my card"),
 ("pt", "u204", "o reembolso da encomenda FZ-73058 ainda não chegou, já passaram 3 semanas"),
 ("en", "u208", "you said my refund for FZ-73101 would take 5 days, it's been 15"),
 ("en", "u205", "got the wrong bars in FZ-73067, cookies & cream instead of peanut caramel"),
 ("ca", "u205", "m'heu enviat un producte equivocat a la comanda FZ-73067"),
 ("en", "u202", "the kettlebell in FZ-73025 arrived cracked, i need a replacement"),
 ("es", "u209", "la pistola de masaje del pedido FZ-73112 llego rota, quiero una nueva"),
 ("de", "u207", "Die Uhr aus FZ-73083 ist kaputt angekommen, Display gesprungen. Bitte Ersatz schicken"),
 ("en", "u209", "massage gun from FZ-73112 stopped working after 3 weeks, i want a refund"),
 ("en", "u203", "cancel FZ-73031 please"),
 ("es", "u206", "quiero cancelar el pedido FZ-73079"),
 ("fr", "u208", "annulez ma commande FZ-73094 s'il vous plaît"),
 ("it", "u202", "vorrei annullare l'ordine FZ-73020"),
 ("ca", "u203", "cancel·leu la comanda FZ-73031, ja no la vull"),
 ("nl", "u206", "graag mijn bestelling FZ-73079 annuleren"),
 ("en", "u202", "i need to cancel the treadmill order, FZ-73020, found one locally"),
 ("en", "u201", "please refund FZ-73013, the shoes hurt my feet"),
 ("pl", "u210", "proszę o zwrot pieniędzy za zamówienie FZ-73120"),
 ("en", "u202", "only got the kettlebell in FZ-73025, the yoga mat is missing"),
 ("en", "u202", "i received FZ-73025 || the kettlebell has a crack in the handle"),
 ("ca", "u205", "hola || la comanda FZ-73067 || hi falten 6 barretes a la caixa"),
 ("en", "u208", "can you cancel orders? || ok then please cancel FZ-73094"),
 ("en", "u209", "about FZ-73105 || i want to change it to a 44 before it arrives"),
 ("de", "u206", "Bitte storniert meine Bestellung FZ-73079, ich habe mich vertan"),
 ("sv", "u210", "jag vill avbryta min order FZ-73120 och få pengarna tillbaka"),
 ("cs", "u209", "masážní pistole z objednávky FZ-73112 nefunguje, chci vrátit peníze"),
 ("el", "u207", "Το ρολόι από την παραγγελία FZ-73083 ήρθε σπασμένο, θέλω αντικατάσταση"),
 ("ro", "u201", "am primit mărimea greșită la FZ-73013, vreau să o schimb"),
 ("es", "u203", "el pedido FZ-73031 ya no lo necesito, anuladlo y devolvedme el dinero porfa"),
 ("en", "u207", "the foam roller in FZ-73090 will arrive after my race, cancel it and refund me"),
])
escl("order_status", [
 ("en", "u201", "FZ-73013 says delivered but i never got it"),
 ("es", "u205", "el pedido FZ-73067 pone entregado pero no me ha llegado nada"),
 ("fr", "u207", "FZ-73083 marqué comme livré mais je n'ai rien reçu"),
 ("sv", "u209", "FZ-73112 står som levererad men jag har inte fått paketet"),
 ("en", "u201", "please change the delivery address for FZ-73012 to my office, Carrer Aragó 200"),
 ("es", "u203", "necesito cambiar la direccion de entrega del pedido FZ-73031"),
 ("ca", "u206", "podeu canviar l'adreça d'enviament de la comanda FZ-73079?"),
 ("de", "u208", "Bitte die Lieferadresse für FZ-73094 ändern, ich bin umgezogen"),
 ("en", "u202", "can you deliver FZ-73020 to my neighbour's flat instead, 3rd floor, door 2"),
 ("en", "u201", "hi, order FZ-73013 || it says delivered but nothing in my mailbox or with the neighbours"),
 ("es", "u206", "buenas || el pedido FZ-73079 || quiero cambiar la direccion, me mudo el viernes"),
 ("pt", "u209", "a encomenda FZ-73112 diz entregue mas nunca recebi nada"),
 ("it", "u210", "per favore cambiate l'indirizzo di consegna dell'ordine FZ-73120"),
 ("nl", "u207", "FZ-73083 staat op bezorgd maar ik heb niks gekregen"),
 ("en", "u206", "FZ-73072 tracking hasn't moved in 6 days, can someone chase GLS for me"),
])
escl("complaint", [
 ("en", "u205", "took a caffeine gel from FZ-73061 and got heart palpitations and a rash"),
 ("es", "u201", "me salio urticaria despues de tomar la whey del pedido FZ-73012"),
 ("de", "u204", "Nach dem Vegan Protein bekomme ich Bauchkrämpfe und Ausschlag, was ist da drin?"),
 ("en", "u208", "this is the third time i've written about FZ-73101 and nobody answers. unacceptable"),
 ("es", "u203", "esto es una verguenza, llevo una semana esperando respuesta"),
 ("ca", "u205", "després de prendre la beguda de recuperació tinc la cara inflada"),
 ("en", "u206", "where is FZ-73072 || that tracking hasn't updated in days || you keep giving me the same link, this isn't helping at all"),
 ("en", "u201", "how do i get my refund || i already did that || this is the third time i'm asking and still no answer, i'm really losing patience"),
 ("es", "u203", "donde esta mi pedido FZ-73031? || eso ya lo se || no me estas ayudando nada, llevo media hora con esto"),
 ("ca", "u206", "hola, el meu codi de descompte no funciona || ja ho he provat || això no funciona i estic fart"),
 ("fr", "u207", "ma montre ne se synchronise pas || j'ai déjà essayé ça || vous ne m'aidez pas du tout, c'est frustrant"),
 ("de", "u204", "Wo ist mein Paket? || Das habe ich schon gelesen || Das hilft mir überhaupt nicht weiter, ich bin echt genervt"),
 ("en", "u209", "the massage gun won't charge || yes i tried another cable || still nothing. i've spent an hour on this and got nowhere"),
 ("pt", "u204", "a minha encomenda ainda não chegou || já vi o tracking || isto é ridículo, ninguém me resolve nada"),
 ("it", "u208", "non riesco ad accedere al mio account || ho già resettato la password due volte || sono stufo, non funziona niente"),
 ("en", "u202", "my treadmill order is still pending || it's been 4 days || ok so nobody actually knows anything? great"),
 ("nl", "u210", "mijn kortingscode werkt niet || heb ik al geprobeerd || dit schiet echt niet op, ik word er gek van"),
 ("es", "u205", "tengo un problema con los puntos || no, eso no es || me estas dando vueltas, no entiendes lo que te digo"),
 ("en", "u203", "i can't log in || the reset email never comes || checked spam already. this is a waste of my time"),
 ("pl", "u210", "gdzie jest moja paczka FZ-73120 || to nic mi nie mówi || jestem naprawdę zirytowany, nikt mi nie pomaga"),
 ("en", "u207", "hi i have an issue with an invoice || the company name is wrong and it's already issued || you keep quoting the same page, that doesn't solve anything"),
 ("en", "u209", "why is my order FZ-73105 taking so long || i paid for it days ago || honestly i'm fed up, first and last time i order here"),
])

# ---------------------------------------------------------------- more escalations
escl("human_request", [
 ("en", "u204", "yo can u get me someone from customer service pls"),
 ("en", "u206", "ok this is getting complicated, I'd like to talk it through with a person"),
 ("en", "u207", "hello, is it possible to have someone phone me tomorrow morning about a warranty claim?"),
 ("es", "u208", "me puede llamar alguien de vuestro equipo mañana por la mañana?"),
 ("pt", "u209", "gostaria de falar com uma pessoa da vossa equipa, por favor"),
 ("de", "u210", "Gibt es bei euch auch echte Menschen? Ich möchte mit jemandem reden"),
 ("it", "u201", "mi passi un collega umano per favore"),
 ("en", "u202", "do you ship treadmills to the canaries? || right. can a real person look at my situation, i live in la palma"),
 ("es", "u203", "cuanto cuesta la devolucion? || vale, pero prefiero hablarlo con alguien"),
 ("fr", "u204", "bonjour || j'ai une question sur une facture || je préfère en parler avec un humain"),
 ("ca", "u205", "quant triga un reemborsament? || d'acord, però vull que em truqui algú"),
 ("nl", "u206", "hallo || kan ik iemand aan de telefoon krijgen?"),
 ("en", "u207", "i want to speak to the manager about how my order was handled"),
 ("en", "u208", "can i get an actual human to review my case please, thx"),
 ("sv", "u209", "jag vill prata med någon i kundtjänst, inte en bot"),
 ("el", "u210", "Μπορώ να μιλήσω με κάποιον υπάλληλο;"),
 ("cs", "u201", "můžete mi zavolat zpět?"),
])
escl("payment", [
 ("en", "u207", "i was charged for FZ-73083 twice, once in pounds and once in euros"),
 ("en", "u210", "hi || FZ-73118 was cancelled || why do I still have a charge of 37.85 on my card a week later"),
 ("es", "u205", "me han cobrado el IGIC dos veces por el pedido FZ-73061"),
])
escl("account", [
 ("en", "u209", "question about my gift card || the balance was 100 and now it says 12, i only spent 20"),
 ("ca", "u201", "vaig demanar esborrar les meves dades fa un mes i encara rebo correus vostres"),
])
escl("return_refund", [
 ("es", "u210", "hola || me acaban de llegar las Trail Grip 2 del pedido FZ-73120 || una zapatilla es un 42 y la otra un 43, mandadme el par bueno"),
 ("en", "u206", "the dumbbells from FZ-73072 arrived today and one collar is broken, send me a new one"),
 ("en", "u201", "i returned the runner pro 3 from FZ-73013 || 3 weeks ago || still no refund, can you check"),
 ("de", "u208", "Die Rückerstattung für FZ-73101 ist nach 3 Wochen immer noch nicht da"),
 ("fr", "u205", "je veux annuler ma commande FZ-73061, elle n'est pas encore arrivée"),
])
escl("order_status", [
 ("en", "u206", "where's FZ-73072 || can you change it to go to my work address instead, it's Carrer Sancho de Ávila 52"),
 ("it", "u209", "il pacco FZ-73105 risulta consegnato ma non l'ho ricevuto"),
 ("ro", "u207", "coletul FZ-73083 apare livrat dar nu l-am primit"),
])
escl("complaint", [
 ("en", "u202", "the yoga mat from FZ-73025 gave me a skin rash, i think it's the latex"),
 ("nl", "u207", "mijn horloge synchroniseert niet || dat heb ik al gedaan || nog steeds niets, ik ben het echt zat"),
 ("sv", "u209", "var är mitt paket? || jag har redan kollat spårningen || ni hjälper mig inte alls"),
 ("en", "u204", "my discount code isn't working || yes it's spelled right || that's the same thing you said before, still broken. i'm done"),
 ("cs", "u210", "nemůžu se přihlásit || heslo jsem už resetoval || pořád to nejde, je to k ničemu"),
 ("ro", "u205", "unde e comanda mea? || am verificat deja || nu mă ajutați deloc, sunt nervos"),
 ("el", "u206", "Είμαι πολύ απογοητευμένος, περιμένω τρεις εβδομάδες απάντηση και κανείς δεν μου απαντά"),
])

escl("order_status", [
 ("en", "u203", "hey, FZ-73031, can you add a shaker bottle to it before it ships?"),
 ("es", "u208", "quiero añadir otro producto al pedido FZ-73094 antes de que salga"),
 ("en", "u205", "FZ-73061 is stuck at customs in tenerife and they want me to pay the 12 euros again, please sort it out"),
])
escl("human_request", [
 ("de", "u209", "Ich hätte gern einen Rückruf wegen meiner Massagepistole"),
 ("en", "u210", "hello? anyone? i've been waiting on this chat for ages, please get me a real agent"),
 ("pl", "u204", "poproszę o telefon od kogoś z obsługi"),
])
escl("payment", [
 ("it", "u206", "mi avete addebitato il prezzo pieno su FZ-73079 anche se c'era lo sconto, rimborsatemi la differenza"),
 ("en", "u207", "you promised on the phone to refund the price difference on FZ-73083 but nothing came"),
])
escl("account", [
 ("fr", "u201", "je n'ai jamais passé la commande FZ-73013, quelqu'un a utilisé mon compte"),
])

# ---------------------------------------------------------------- more negatives (answer, do not escalate)
pol("other", "contact", [
 ("en", "what number do i call if i want to speak to an agent later? don't transfer me now", ["+34 932 208 415"]),
 ("en", "is a complaint form available in the barcelona store?", ["hoja de reclamaciones"]),
 ("en", "hi || not looking for a human, just: what's your whatsapp?", ["+34 644 310 207"]),
 ("fr", "bonjour || le service client est ouvert le samedi ?", ["Monday to Saturday"]),
])
pol("other", "barcelona-store", [
 ("ca", "no cal que em passis amb ningú, només vull saber l'horari de la botiga", ["10:00-20:30"]),
])
pol("payment", "payment-methods", [
 ("es", "no necesito hablar con nadie, solo dime si aceptais Klarna", ["Klarna"]),
 ("cs", "musím kontaktovat podporu kvůli faktuře na firmu?", ["Company"]),
 ("it", "devo parlare con qualcuno per avere la fattura? || ok e se è già stata emessa con un altro NIF?", ["corrective invoice"]),
])
pol("payment", "price-match", [
 ("en", "does a real person check price match requests? how long does it take", ["1 working day"]),
])
pol("return_refund", "returns-refunds", [
 ("fr", "pas besoin d'un conseiller, je veux juste savoir le délai de remboursement", ["5 working days"]),
 ("de", "Ich brauche keinen Mitarbeiter, nur die Info: wie lange ist die Rückgabefrist für Schuhe?", ["30 days"]),
 ("nl", "ik hoef geen medewerker, hoe lang duurt een terugbetaling?", ["5 working days"]),
 ("en", "what's the refund policy for a treadmill i changed my mind about", ["69.00"]),
 ("en", "how does a refund work for items bought with klarna?", ["original payment method"]),
 ("sv", "behöver jag kontakta kundtjänst för att returnera något?", ["My orders"]),
 ("el", "Πρέπει να επικοινωνήσω με κάποιον για να κάνω επιστροφή;", ["My orders"]),
 ("en", "i spoke to an agent yesterday about returns || she said opened protein can't be returned, is that really the rule?", ["Opened supplements"]),
])
pol("return_refund", "order-changes", [
 ("en", "do i need to call you to cancel an order before it ships or can i just email?", ["Our team makes the change"]),
 ("en", "can i cancel my order if it's still pending? not asking you to do it, just the rule", ["pending"]),
 ("es", "cual es la politica de cancelacion si el pedido ya esta enviado?", ["cannot be cancelled"]),
 ("en", "how do refunds work when i cancel an order? || and if it's already shipped?", ["Refuse the delivery"]),
 ("ca", "es pot anul·lar una comanda? || i quant triga el reemborsament?", ["3 working days"]),
])
pol("return_refund", "warranty", [
 ("en", "who handles warranty claims, do i have to contact the manufacturer or you?", ["garantia@forzasport.es"]),
])
pol("return_refund", "size-exchanges", [
 ("pl", "czy muszę kontaktować się z obsługą klienta, żeby wymienić rozmiar?", ["Exchange size"]),
])
pol("product_info", "subscribe-save", [
 ("en", "do i have to contact someone to change the flavour of my subscription?", ["My subscriptions"]),
 ("ro", "trebuie să sun pe cineva ca să anulez abonamentul?", ["Cancel subscription"]),
])
pol("shipping", "shipping-international", [
 ("it", "non serve un operatore, dimmi solo quanto costa la spedizione in Italia", ["9.95"]),
 ("pt", "não preciso de falar com ninguém, só quero saber quanto custa o envio para Portugal", ["6.95"]),
])
pol("shipping", "canary-ceuta-melilla", [
 ("es", "hola || no hace falta que me pases con nadie || cuanto tarda el envio a Canarias?", ["5-8 working days"]),
])
pol("shipping", "assembly-service", [
 ("en", "is there a service to remove the old treadmill?", ["35.00"]),
])
pol("account", "privacy-data", [
 ("de", "Hallo || muss ich den Kundenservice anrufen, um meine Daten zu löschen?", ["Delete my account"]),
])
for intent, art, rows in [
 ("product_info", "size-guide", [("en", "is customer service the right place to ask about sizes? anyway what eu size is a 28 cm foot", ["44"])]),
 ("product_info", "allergens-vegan", [("en", "my personal trainer says whey isolate 90 has lactose, true?", ["0.5 g"])]),
 ("shipping", "canary-ceuta-melilla", [("en", "not a complaint, just a question: why do caffeine gels to the canaries take longer?", ["health-registry"])]),
 ("payment", "payment-methods", [("en", "no need to escalate this, what's the klarna maximum?", ["1,500"])]),
 ("return_refund", "returns-refunds", [
   ("en", "can you tell me how to get a refund for an unopened creatine tub, I don't want to bother a person", ["14 days"]),
   ("es", "no es una queja, solo pregunto: cuanto tarda el reembolso con Bizum?", ["1-2 days"]),
   ("pt", "queria saber a política de devolução para ténis usados", ["unworn"])]),
 ("product_info", "subscribe-save", [("en", "if i want to cancel my subscribe & save, is there a fee or minimum?", ["no minimum term"])]),
 ("other", "contact", [
   ("fr", "je ne veux pas d'agent, juste le numéro WhatsApp", ["+34 644 310 207"]),
   ("en", "does the service team work weekends on whatsapp?", ["Monday to Saturday"])]),
 ("return_refund", "size-exchanges", [("it", "non voglio lamentarmi, volevo solo sapere se il cambio taglia è gratis", ["first size exchange"])]),
 ("return_refund", "damaged-faulty", [("en", "if my parcel is damaged do i need to call someone or can i just send photos?", ["photos"])]),
 ("payment", "gift-cards", [("en", "hello, the person who got my gift card wants to know how long it's valid", ["2 years"])]),
]:
    pol(intent, art, rows)

# ================================================================ check and write
def load_kb():
    arts = {}
    for fn in sorted(os.listdir(os.path.join(KB, "articles"))):
        text = open(os.path.join(KB, "articles", fn), encoding="utf-8").read()
        aid = fn[:-3]
        m = re.match(r"---\n(.*?)\n---\n", text, re.S)
        if m:
            for line in m.group(1).splitlines():
                if line.startswith("id:"):
                    aid = line[3:].strip()
            text = text[m.end():]
        assert text.startswith("# "), fn
        arts[aid] = text
    prods = {p["sku"]: p for p in json.load(open(os.path.join(KB, "products.json"), encoding="utf-8"))}
    orders = {o["orderId"]: o for o in json.load(open(os.path.join(KB, "orders.json"), encoding="utf-8"))}
    return arts, prods, orders

def prod_text(p):
    return " ".join([p["name"], p["description"], "%.2f" % p["price"], p["currency"], str(p["stock"])] + p.get("tags", []))

def order_text(o):
    return " ".join(str(o.get(k, "")) for k in ("orderId", "status", "carrier", "trackingNumber", "currency")) + " %.2f" % o["total"]

ORDER_RE = re.compile(r"\bFZ-\d{5}\b", re.I)
TRIGGER = re.compile(r"agent|person|human|service|manager|complain|complaint|contact|someone|staff|team|call|"
                     r"alguien|persona|humano|atenci|algú|kunden|medewerker|konsultan|kundtjänst|reclama|"
                     r"qualcuno|quelqu|falar com|nadie|ningú|ninguém|conseiller|operator|mitarbeiter|podpor|obsług|cineva|"
                     r"κάποιον|cancel|anul|refund|return|devol|reemb|rembours|terugbetal|annul|storn|zwrot|retur|"
                     r"rücksend|återbetal|exchange|escalat|queja|lament|beschwer", re.I)

def main():
    arts, prods, orders = load_kb()
    errors, out, stats = [], [], Counter()
    langs, intents = Counter(), Counter()
    for n, (lang, cust, msgs, esc, intent, art, mm, mnm, src) in enumerate(CASES, 1):
        cid = "t%03d" % n
        if intent not in INTENTS: errors.append(f"{cid}: bad intent {intent}")
        if art is not None and art not in arts: errors.append(f"{cid}: unknown article {art}")
        if not (1 <= len(msgs) <= 4) or not all(msgs): errors.append(f"{cid}: bad messages")
        srctext = arts.get(art, "") if art else ""
        refusal = bool(mnm) and not mm
        for oid in sorted({x.upper() for m in msgs for x in ORDER_RE.findall(m)}):
            o = orders.get(oid)
            if o and o["customerId"] == cust:
                srctext += " " + order_text(o)
            elif not (refusal or esc and not o):
                errors.append(f"{cid}: order {oid} not owned by {cust} and no refusal expected")
            elif o and o.get("trackingNumber") and o["trackingNumber"] not in mnm:
                errors.append(f"{cid}: refusal must not mention {o['trackingNumber']}")
        for sku in src:
            if sku not in prods: errors.append(f"{cid}: unknown sku {sku}")
            else: srctext += " " + prod_text(prods[sku])
        for s in mm:
            if s.lower() not in srctext.lower():
                errors.append(f"{cid}: mustMention {s!r} not in its source")
        if esc and (art or mm): errors.append(f"{cid}: escalation with article/mustMention")
        if intent in ("greeting", "thanks", "goodbye") and (art or esc): errors.append(f"{cid}: small talk")
        out.append({"id": cid, "customerId": cust, "messages": msgs,
                    "expect": {"escalate": esc, "intent": intent, "article": art,
                               "mustMention": mm, "mustNotMention": mnm}})
        langs[lang] += 1; intents[intent] += 1
        stats["escalate"] += esc
        stats["multi"] += len(msgs) > 1
        stats["negative"] += (not esc) and bool(TRIGGER.search(msgs[-1]))
        stats["article"] += art is not None
    seen = Counter(tuple(c["messages"]) for c in out)
    errors += [f"duplicate case {k}" for k, v in seen.items() if v > 1]
    if errors:
        print("\n".join(errors)); sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in out: f.write(json.dumps(c, ensure_ascii=False) + "\n")
    # re-read and validate
    parsed = [json.loads(l) for l in open(OUT, encoding="utf-8")]
    assert len(parsed) == len(out)
    N = len(out)
    print(f"articles {len(arts)}, products {len(prods)}, orders {len(orders)}, customers {len({o['customerId'] for o in orders.values()})}")
    print(f"total cases {N}")
    print(f"escalate {stats['escalate']} ({stats['escalate']/N:.1%})")
    print(f"negatives (no escalation; last turn names a person/agent/service/contact/complaint or asks about cancel/refund/return/exchange policy) {stats['negative']} ({stats['negative']/N:.1%})")
    ne = N - langs["en"]
    print(f"non-English {ne} ({ne/N:.1%}): " + ", ".join(f"{k} {v}" for k, v in langs.most_common() if k != "en"))
    print(f"multi-turn {stats['multi']}; with expected article {stats['article']}")
    print("intents: " + ", ".join(f"{k} {v}" for k, v in sorted(intents.items())))

if __name__ == "__main__":
    main()
