#!/usr/bin/env python3
"""Generate sixteenth-cases.jsonl: evaluation cases for the sixteenth shop,
Sonora Música (musical instruments and audio, Carrer de Sueca 41, València;
ships to Spain, Portugal, Italy, France and the rest of the EU).
KB: sixteenth-kb/.  Run: python3 gen_sixteenth_cases.py
The script writes the cases, then checks them against the KB and prints
the figures (cases, escalation share, other-language share, multi-turn share).
This shop is a TUNING/TRAINING set: its customer lines may be used to train.

Order numbers look like SM-48213-VLC (SM, a 5-digit counter, and the channel:
VLC for the web shop, TDA for orders to collect in the shop).  Customers
paste them in many ways ("sm48213vlc", "SM 48213", "#48213", "pedido 48213").
Model names and numbers in product names ("Stratocaster 62", "SM58",
"P-145", "YAS-280", "TD-07KV", "Regular Slinky 10-46"), string gauges,
violin sizes (3/4), prices and phone numbers are not order numbers.

LABELLING RULES

Escalation (expect.escalate)
 E1  true for an explicit request for a person in any wording or language,
     a callback, "someone from the shop", the luthier / the workshop / the
     piano team, a named colleague (Vicent, Lucía), also right after an
     answered question; press, artists who want an endorsement and brands
     that want to be stocked ask for a person too.
 E2  true for a request to cancel, refund or change an existing order
     (cancel, change the address, add or swap items, switch collection and
     home delivery, move a freight or piano delivery date, "I want my money
     back"), to cancel a pre-order or back-order for them, to cancel a
     workshop booking for them, to end a rental for them, or to refund the
     price difference on an order they placed.
 E3  true for things only staff can do: a real double charge, a charge
     after cancelling, a refund missing for weeks, a damaged item whose
     replacement is damaged too, a wrong item sent twice, a parcel marked
     delivered that the customer already looked for, damage the piano or
     freight team did in the home, a piano team that did not come, an
     IGIC / IPSI / customs fee the customer disputes, a warranty repair
     overdue or a warranty claim the customer contests, an instrument the
     workshop damaged or lost or a setup that made it worse, trade-in money
     that did not arrive or an offer cut after inspection, rent still
     charged after the instrument was returned or a rent-to-own credit
     miscounted, an education verification stuck or refused, a promised
     price-match code that never came, instalments charged wrongly, a gift
     card never received or a balance gone, an order the customer did not
     place, a hijacked account, a deletion that did not happen, a locked-out
     account after the reset steps, an order that must arrive by a date
     (exam, concert, gig), an electric shock or an injury, legal threats
     (OCU, consumo, hoja de reclamaciones, a lawyer), complaints about a
     staff member.
 E4  true when the customer is stuck or frustrated across several turns
     ("that's not what I asked", the same question a third time).
 E5  false for questions about a policy even with "cancel", "refund",
     "person", "human", "agent", "call" in them: phone number, WhatsApp,
     e-mail, chat hours, shop hours, how to cancel an order, how to end a
     rental, what the refund or warranty policy is, why financing can be
     refused, "no I don't need a person, just ...".  A first report of a
     damaged item, a dead-on-arrival item, a wrong or missing item, a late
     parcel or a parcel marked delivered gets the steps of the page (false).

Intent (expect.intent)
     order_status: a named order (where, status, tracking, when), cancelling
       or changing an order, resending it, the delivery date of a named
       piano or freight order, an order that must arrive by a date.
     return_refund: returns, refunds, money back, a missing refund,
       warranty claims and faulty gear, cancelling or refunding a workshop
       booking.
     shipping: zones, prices, times, carriers, freight and piano delivery,
       islands, IGIC / IPSI and customs, pickup points, click and collect,
       a late parcel without an order number.
     product_info: instruments and gear (price, stock, specs), sizes for
       children, rental and rent-to-own, setups and luthier work, trade-in,
       lessons and workshops, sheet music, piano tuning, pre-orders and
       back-orders.
     payment: payment methods, charges, double charges, financing,
       invoices and IVA, gift cards, store credit, price match, the
       education discount, rent or trade-in money problems.
     account: login, password, details, privacy and deletion, an order the
       customer did not place, education verification problems.
     complaint: something went wrong (damaged, dead on arrival, wrong,
       missing, delivered-not-received, damage at home, a workshop job gone
       wrong, hurt, staff, legal threat, frustration) when the turn does not
       ask for a person.
     human_request: the judged turn only asks for a person / callback
       (also press, artists and brands).  When it also states a concrete
       problem, the problem's intent is used.
     other: contact details, chat hours, shop address, opening hours, test
       rooms, parking, things outside the shop.  greeting / thanks /
       goodbye for small talk.

Article (expect.article)
     The page that answers the judged turn.  Product facts and order facts
     come from the data (article null).  A hand-over keeps the page that
     governs the matter raised in the conversation; it is null when only a
     person is asked for or no page governs (unknown order, staff, legal,
     an order the customer did not place).

mustMention: short exact strings from the governing page (or the data when
the article is null); non-English turns use only numbers, prices, e-mail
addresses, phone numbers and tracking numbers.  Hand-overs carry none.
mustNotMention: other customers' data and facts the reply must not invent.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casekit  # the shared case helper, writer and self-check

shop = casekit.Shop("sixteenth", "t16", anon=9000,
                    langs={"es", "ca", "pt", "it", "fr", "gl", "de", "nl", "eu", "ro", "pl", "uk"})
c = shop.c
# order numbers that do not exist on purpose
UNKNOWN_ORDERS = {"49999", "48999"}

# ---------------------------------------------------------------- small talk
for m, it, l in [
    ("hi", "greeting", "en"), ("hey 🎸", "greeting", "en"),
    ("good afternoon", "greeting", "en"), ("hola!", "greeting", "es"), ("buenas tardes", "greeting", "es"),
    ("bon dia", "greeting", "ca"), 
    ("olá, boa tarde", "greeting", "pt"), ("buongiorno", "greeting", "it"), ("bonjour", "greeting", "fr"),
    ("bos días", "greeting", "gl"), ("kaixo", "greeting", "eu"), ("hallo", "greeting", "de"),
    ("bună ziua", "greeting", "ro"), ("добрий день", "greeting", "uk"),
    ("thanks a lot, that helps", "thanks", "en"), ("ok perfect thx", "thanks", "en"),
    ("muchas gracias!!", "thanks", "es"), ("genial, gracias majo", "thanks", "es"), ("moltes gràcies", "thanks", "ca"),
    ("obrigado!", "thanks", "pt"), ("grazie mille", "thanks", "it"), 
    ("moitas grazas", "thanks", "gl"), ("eskerrik asko", "thanks", "eu"), 
    ("bye", "goodbye", "en"), ("hasta luego!", "goodbye", "es"),
    ("adéu, bon cap de setmana", "goodbye", "ca"), ("até logo", "goodbye", "pt"), 
    ("ata logo", "goodbye", "gl"),
]:
    c(m, False, it, None, l=l)

# ------------------------------------------------------- contact and chat
PH = "+34 963 418 275"
WA = "+34 611 482 930"
for m, mm, l in [
    ("whats ur phone number", [PH], "en"),
    ("is there a whatsapp i can message you on", [WA], "en"),
    ("can i ring your whatsapp number or is it just for messages?", ["no calls"], "en"),
    ("who do i email about getting my sax serviced", ["taller@sonoramusica.es"], "en"),
    ("which email for the rental people", ["alquiler@sonoramusica.es"], "en"),
    ("when do real people answer this chat?", ["10:00–20:00"], "en"),
    ("is anyone on the chat saturday afternoon or only mornings", ["14:00"], "en"),
    ("how fast do you guys reply to emails", ["1 working day"], "en"),
    ("how does the callback thing work, do i leave my number somewhere?", ["sonoramusica.es/llamada"], "en"),
    ("no I don't need a person, just give me the phone number", [PH], "en"),
    ("our drummer wants to ask about an artist deal, which email is for that?", ["prensa@sonoramusica.es"], "en"),
    ("teneis whatsapp?", [WA], "es"),
    ("tlf de atencion al cliente porfa", [PH], "es"),
    ("a qué hora contestáis en el chat personas de verdad?", ["10:00"], "es"),
    ("no hace falta que me paséis con nadie, solo dime el mail del taller", ["taller@sonoramusica.es"], "es"),
    ("quin és el vostre telèfon?", [PH], "ca"),
    ("teniu whatsapp per a consultes?", [WA], "ca"),
    ("qual é o email do apoio ao cliente?", ["ayuda@sonoramusica.es"], "pt"),
    ("qual è il vostro numero di telefono?", [PH], "it"),
    ("cal é o voso número de teléfono?", [PH], "gl"),
    ("zein da zuen telefono zenbakia?", [PH], "eu"),
    ("який у вас номер телефону?", [PH], "uk"),
]:
    c(m, False, "other", "contact", mm, l=l)

# ---------------------------------------------------- the shop in València
for m, mm, l in [
    ("where's your shop exactly?", ["Carrer de Sueca 41"], "en"),
    ("what time do you close today? its tuesday", ["20:30"], "en"),
    ("do you close for lunch? want to come around 3", ["17:00"], "en"),
    ("are you open in august? coming on holiday", ["morning only"], "en"),
    ("open during fallas?", ["19 March"], "en"),
    ("can I try a few amps before buying, do i need to book", ["sonoramusica.es/cabinas"], "en"),
    ("can i bring my own guitar to compare amps in the test room", ["own guitar"], "en"),
    ("how do you try saxophones in the shop, hygiene wise?", ["sterilised"], "en"),
    ("my 14 yo wants to go try the drum room on his own, is that ok?", ["16"], "en"),
    ("parking near you?", ["Parking Mercat de Russafa"], "en"),
    ("dónde está la tienda?", ["41"], "es"),
    ("a qué hora abrís por la tarde?", ["17:00"], "es"),
    ("se puede probar una batería electrónica en la tienda antes de comprarla?", [], "es"),
    ("a quina hora obriu dissabte?", ["10:00"], "ca"),
    ("a que hora pecha a tenda?", ["20:30"], "gl"),
]:
    c(m, False, "other", "tienda-valencia", mm, l=l)
for m, mm, l in [
    ("can i order online and pick it up in valencia?", ["free"], "en"),
    ("how long till a click and collect order is ready", ["2 hours"], "en"),
    ("cuántos días me guardáis el pedido para recoger?", ["15"], "es"),
    ("puc recollir la comanda a la botiga?", [], "ca"),
]:
    c(m, False, "shipping", "tienda-valencia", mm, l=l)

# ---------------------------------------------------------- outside the shop
for m, l in [
    ("what chords are in wonderwall", "en"),
    ("who won the valencia game last night", "en"),
    ("recommend me a good paella place near russafa", "en"),
    ("can you write lyrics for my band's song about a breakup", "en"),
    ("me ayudas con los deberes de lenguaje musical? cuántos tiempos tiene un 6/8", "es"),
    ("¿qué tiempo hará mañana en valència?", "es"),
    ("qual é a melhor praia perto de valência?", "pt"),
    ("mi scrivi una poesia per il compleanno di mia madre?", "it"),
]:
    c(m, False, "other", None, l=l)

# ------------------------------------------------------------------ shipping
for m, mm, l in [
    ("how much is shipping in spain?", ["4.95"], "en"),
    ("do u ship to portugal, how much", ["6.95"], "en"),
    ("shipping to france for a pedal?", ["12.95"], "en"),
    ("how long does it take to get to italy", ["3–5 working days"], "en"),
    ("delivery to poland? cost and time", ["19.95"], "en"),
    ("do you ship to the uk? im in manchester", ["outside the European Union"], "en"),
    ("if i order before 3 will it leave today", ["15:00"], "en"),
    ("next day delivery to madrid possible?", ["9.95"], "en"),
    ("same day delivery in valencia? i need strings for a gig tonight", ["5.95"], "en"),
    ("can it go to a seur pickup point, i'm never home", ["SEUR Pickup"], "en"),
    ("how do you pack guitars? worried about the headstock tbh", ["reinforced guitar box"], "en"),
    ("do you ship to madeira", ["14.95"], "en"),
    ("cuánto cuesta el envío a madrid?", ["4.95"], "es"),
    ("si pido antes de las 3 sale hoy?", ["15:00"], "es"),
    ("quant costa l'enviament a barcelona?", ["4.95"], "ca"),
    ("quanto custa o envio para lisboa?", ["6.95"], "pt"),
    ("quanto costa la spedizione in italia?", ["12.95"], "it"),
    ("canto tarda en chegar un pedido a ourense?", ["1–2"], "gl"),
    ("was kostet der versand nach deutschland?", ["12.95"], "de"),
    ("zenbat kostatzen da bidalketa bilbora?", ["4.95"], "eu"),
    ("ile kosztuje wysyłka do polski?", ["19.95"], "pl"),
]:
    c(m, False, "shipping", "envios", mm, l=l)

# -------------------------------------------------- freight and pianos
for m, mm, l in [
    ("we're finally getting a real piano for the kids!! we live on a 3rd floor in ruzafa, the lift is tiny so it'll have to be the stairs i guess. how much is delivery for an upright and are the stairs extra?", ["290"], "en"),
    ("does piano delivery include stairs? 4th floor no lift", ["€40"], "en"),
    ("can you take my old piano away when you bring the new one", ["120"], "en"),
    ("the pearl export kit, how does it ship and how much", ["39"], "en"),
    ("will the freight guys bring the kawai up to my flat?", ["€25"], "en"),
    ("what if the piano doesnt fit up the stairs", ["hoist"], "en"),
    ("cuánto cuesta traer un piano vertical a valencia?", ["290"], "es"),
    ("quant costa portar un piano de paret a castelló?", ["290"], "ca"),
    ("entregam pianos em portugal? quanto custa?", ["390"], "pt"),
]:
    c(m, False, "shipping", "transporte-voluminoso", mm, l=l)

# ------------------------------------------- islands, Ceuta and Melilla
for m, mm, l in [
    ("do you ship to tenerife?", ["14.95"], "en"),
    ("do i pay igic on a guitar to gran canaria?", ["7%"], "en"),
    ("my order to las palmas is 300 euros, any customs fee on delivery?", ["€19"], "en"),
    ("can you send the kawai ca49 to lanzarote?", ["cabinet digital pianos"], "en"),
    ("why does the price drop when i put my canary islands address", ["21%"], "en"),
    ("do you deliver to melilla?", ["IPSI"], "en"),
    ("cuánto cuesta el envío a tenerife?", ["14.95"], "es"),
    ("tengo que pagar algo al recibir un pedido de 400€ en gran canaria?", ["19"], "es"),
    ("a eivissa quant tarda?", ["3–4"], "ca"),
]:
    c(m, False, "shipping", "islas-ceuta-melilla", mm, l=l)
c("can you send an upright piano to ibiza? price?", False, "shipping", "transporte-voluminoso", ["490"])

# ------------------------------------------------------------------- returns
for m, mm, l in [
    ("whats your return policy", ["30 days"], "en"),
    ("can i return strings i opened? wrong gauge, wanted 9s", ["opened strings"], "en"),
    ("bought reeds, way too hard, box is opened. can i send them back?", ["reeds"], "en"),
    ("can I return in-ear monitors I tried once", ["in-ear monitors"], "en"),
    ("bought a pedal as an xmas present in november, can my son return it in january?", ["15 January"], "en"),
    ("can i swap my bass for another colour, does the exchange cost anything", ["free"], "en"),
    ("i threw away the guitar box, how do i send it back", ["guitar box"], "en"),
    ("i paid with plazos sonora, what happens with the financing if i return it", ["financing is cancelled"], "en"),
    ("hi. not returning anything yet, just want to know how returns work", ["sonoramusica.es/devoluciones"], "en"),
    ("cuál es el plazo de devolución?", ["30"], "es"),
    ("cuánto cuesta devolver un ampli desde zaragoza?", ["5.95"], "es"),
    ("quants dies tinc per a tornar una guitarra?", ["30"], "ca"),
    ("quanto custa a devolução a partir de portugal?", ["9.95"], "pt"),
    ("entro quanti giorni posso restituire la chitarra?", ["30"], "it"),
    ("combien coûte un retour depuis la france ?", ["14.95"], "fr"),
]:
    c(m, False, "return_refund", "devoluciones", mm, l=l)

# --------------------------------------- delivery problems, first report
for m, it, mm, l in [
    ("ok so my guitar arrived this morning, i was super excited, opened the case and there's a crack in the finish right near the neck joint. box looked fine from outside. what do i do now", "complaint", ["48 hours"], "en"),
    ("the box is crushed, seur guy is at the door right now, should i accept it?", "complaint", ["pending inspection"], "en"),
    ("brand new keyboard doesn't turn on at all", "complaint", ["15 days"], "en"),
    ("tracking says delivered but there's nothing at my door", "complaint", ["2 days"], "en"),
    ("lol you sent me a DS-2 instead of the DS-1", "complaint", ["14 days"], "en"),
    ("strat arrived totally out of tune and theres a bit of fret buzz, is it damaged??", "complaint", ["60 days"], "en"),
    ("drum kit came today, one box is ripped and the floor tom has a dent", "complaint", ["24 hours"], "en"),
    ("my parcel is late, the tracking hasn't moved since monday", "shipping", ["3 working days"], "en"),
    ("me ha llegado la guitarra con la pala rota", "complaint", ["48"], "es"),
    ("el paquete pone entregado pero no tengo nada", "complaint", ["2"], "es"),
    ("la guitarra ha arribat amb un colp al cos", "complaint", ["48"], "ca"),
    ("o piano digital chegou com uma tecla partida", "complaint", ["48"], "pt"),
]:
    c(m, False, it, "problemas-entrega", mm, l=l)

# ------------------------------------------------------------------ rental
for m, mm, l in [
    ("hi, so my daughter (she's 8) just started violin at the music school in benimaclet and the teacher says she needs a 1/2. no idea if she'll stick with it so buying seems a bit much... how much is it to rent one per month?", ["€15"], "en"),
    ("do you rent alto saxes? monthly price", ["39"], "en"),
    ("do I pay a deposit to rent?", ["no deposit"], "en"),
    ("how does rent to own work exactly", ["18 months"], "en"),
    ("my son grew, can we swap his 1/2 violin for a 3/4?", ["free of charge"], "en"),
    ("what if my kid drops the rented clarinet", ["€3"], "en"),
    ("how do i end my rental? just asking for next summer", ["End rental"], "en"),
    ("no need for a human, just tell me how much notice to stop the rental", ["15 days"], "en"),
    ("cuánto cuesta alquilar una flauta?", ["25"], "es"),
    ("alquiláis pianos digitales?", ["29"], "es"),
    ("quant costa llogar un violí?", ["15"], "ca"),
    ("alugam violoncelos? quanto por mês?", ["35"], "pt"),
    ("скільки коштує оренда скрипки на місяць?", ["15"], "uk"),
]:
    c(m, False, "product_info", "alquiler", mm, l=l)

# ------------------------------------------------- workshop and luthier
for m, mm, l in [
    ("how much for a setup on my tele? action's way too high", ["45"], "en"),
    ("price to fix fret buzz? prob needs a fret level", ["120"], "en"),
    ("do you do floyd rose setups, extra cost?", ["€15"], "en"),
    ("cost to swap the bridge pickup? i already have the seymour duncan", ["€30"], "en"),
    ("do i need an appointment to drop off a guitar for a restring", ["no appointment"], "en"),
    ("do you do pad jobs on saxes?", ["60"], "en"),
    ("can i post my bass from bilbao for a setup?", ["sonoramusica.es/taller"], "en"),
    ("buying the pacifica 112v, does it come with a free setup?", ["60 days"], "en"),
    ("what if i say no to the repair quote on my amp", ["€25"], "en"),
    ("cuánto cuesta un ajuste de guitarra?", ["45"], "es"),
    ("cambiáis trastes? cuánto cuesta un retrasteado completo", ["280"], "es"),
    ("quant val un ajust complet amb polit de trasts?", ["65"], "ca"),
    ("combien coûte un réglage de basse ?", ["45"], "fr"),
]:
    c(m, False, "product_info", "taller-luthier", mm, l=l)

# ------------------------------------------------- warranty and repairs
for m, mm, l in [
    ("how long is the warranty on a new amp", ["3 years"], "en"),
    ("a valve in my marshall died after 8 months, is that covered?", ["6 months"], "en"),
    ("my crash cracked after 2 months, warranty?", ["cymbals that crack"], "en"),
    ("how do i make a warranty claim", ["sonoramusica.es/garantia"], "en"),
    ("i'm in france, who pays shipping for a warranty repair", ["pay the way back"], "en"),
    ("my acoustic cracked this winter with the heating on, is that warranty?", ["very dry"], "en"),
    ("will i get a loaner while my sax is being repaired? i have a conservatory exam", ["15 working days"], "en"),
    ("cuánta garantía tienen los instrumentos nuevos?", ["3"], "es"),
    ("la reparación en garantía cuánto tarda?", ["10–20"], "es"),
    ("a garantia também é de 3 anos em portugal?", ["3"], "pt"),
]:
    c(m, False, "return_refund", "garantia-reparaciones", mm, l=l)

# --------------------------------------------------------------- trade-in
for m, mm, l in [
    ("do you buy used guitars?", ["sonoramusica.es/recompra"], "en"),
    ("roughly how much would you give me for my katana", ["40–60%"], "en"),
    ("trade in: store credit or cash, which gets me more?", ["15% more"], "en"),
    ("do you take an old upright piano as trade-in?", ["acoustic pianos"], "en"),
    ("i'm 17, can i sell you my bass", ["18"], "en"),
    ("cuánto me dais por mi ampli usado, más o menos?", ["40–60%"], "es"),
    ("compreu pedals de segona mà?", [], "ca"),
]:
    c(m, False, "product_info", "recompra-usados", mm, l=l)

# ------------------------------------------------------------ price match
for m, mm, l in [
    ("do you price match?", ["sonoramusica.es/igualamos"], "en"),
    ("its 30 cheaper on a german site, will you match it?", ["European Union"], "en"),
    ("will you match an amazon marketplace seller", ["marketplaces"], "en"),
    ("if I buy today and you drop the price next week, what happens?", ["14 days"], "en"),
    ("can i use price match and my student discount together", ["cannot be combined"], "en"),
    ("en otra tienda está 20€ más barato, igualáis precios?", [], "es"),
    ("fazem igualização de preço?", [], "pt"),
]:
    c(m, False, "payment", "igualamos-precio", mm, l=l)

# ------------------------------------------------------------------ payment
for m, mm, l in [
    ("what payment methods do you take", ["Bizum"], "en"),
    ("can i pay with bizum? the order is 1200", ["1,000"], "en"),
    ("cash on delivery available?", ["€3.95"], "en"),
    ("can i pay cash in the shop? its 1500 for a guitar", ["1,000"], "en"),
    ("bank transfer details pls", ["ES91 2100 0418 4502 0005 1332"], "en"),
    ("i see 2 payments, one failed attempt and then the good one, is that normal?", ["3–7 working days"], "en"),
    ("aceptáis contra reembolso?", ["300"], "es"),
    ("el iban para la transferencia?", ["ES91 2100 0418 4502 0005 1332"], "es"),
    ("es pot pagar amb bizum?", [], "ca"),
    ("je peux payer par virement ?", ["ES91 2100 0418 4502 0005 1332"], "fr"),
]:
    c(m, False, "payment", "pago", mm, l=l)
c("i cancelled my order and the money is still held on my card, normal?", False, "payment", "cambios-cancelacion", ["3–7 working days"])

# ---------------------------------------------------------------- financing
for m, mm, l in [
    ("can i pay in instalments", ["3 instalments"], "en"),
    ("0% financing on a 1200 sax over 12 months?", ["0%"], "en"),
    ("what's the interest if i spread it over 24 months", ["9.95%"], "en"),
    ("why was my financing application rejected", ["bank decides"], "en"),
    ("do i need a payslip to finance a piano", ["3,000"], "en"),
    ("financiación sin intereses a 12 meses para un piano de 700?", ["12"], "es"),
    ("es pot pagar a terminis?", [], "ca"),
    ("posso pagar em prestações a partir de portugal?", [], "pt"),
]:
    c(m, False, "payment", "financiacion", mm, l=l)

# ------------------------------------------------------------------ invoices
for m, mm, l in [
    ("i need an invoice with my company CIF, how?", ["I need an invoice with tax details"], "en"),
    ("forgot to tick the invoice box, can you still make it out to my company", ["3 months"], "en"),
    ("german company with a VAT id here, do i pay spanish IVA?", ["VIES"], "en"),
    ("why is the iva on the sheet music different", ["4%"], "en"),
    ("our band needs a pro forma for the town council", ["educacion@sonoramusica.es"], "en"),
    ("we're a public school, do you do FACe?", ["DIR3"], "en"),
    ("se me olvidó pedir factura con NIF, todavía se puede?", ["3"], "es"),
    ("cuál es vuestro CIF?", ["B46271839"], "es"),
]:
    c(m, False, "payment", "facturas", mm, l=l)

# -------------------------------------------------------- education discount
for m, mm, l in [
    ("do you have a student discount?", ["10%"], "en"),
    ("i'm at the conservatori in valencia, how do i get the discount online", ["student card"], "en"),
    ("does the education discount work on audio interfaces?", ["audio and recording gear"], "en"),
    ("our band wants to buy 6 clarinets, any group discount?", ["12%"], "en"),
    ("my student discount disappeared, it worked last year", ["31 October"], "en"),
    ("tenéis descuento para estudiantes de conservatorio?", ["10"], "es"),
    ("feu descompte a les bandes de música?", ["12"], "ca"),
    ("hai desconto para alumnos do conservatorio?", ["10"], "gl"),
]:
    c(m, False, "payment", "descuento-educacion", mm, l=l)

# ------------------------------------------------- order changes, the policy
for m, mm, l in [
    ("how do i cancel an order? not now, just asking", ["pending"], "en"),
    ("until when can i change the delivery address", ["paid"], "en"),
    ("can you cancel an order after it has shipped?", ["refuse the parcel"], "en"),
    ("can i cancel a piano order once you've phoned me with a date?", ["delivery price"], "en"),
    ("if i cancel how long until the refund", ["3–5 working days"], "en"),
    ("hasta cuándo puedo cancelar un pedido?", [], "es"),
    ("posso aggiungere un articolo a un ordine già fatto?", [], "it"),
]:
    c(m, False, "order_status", "cambios-cancelacion", mm, l=l)

# ---------------------------------------------------- lessons and workshops
for m, mm, l in [
    ("do you give guitar lessons? price", ["€25"], "en"),
    ("when's the next workshop?", ["15 November 2025"], "en"),
    ("when is the home recording workshop", ["22 November 2025"], "en"),
    ("how many people per workshop", ["12 places"], "en"),
    ("my son is 6, can he take drum lessons", ["7"], "en"),
    ("dais clases de batería? cuánto cuestan", ["25"], "es"),
    ("el bono de 10 clases cuánto es?", ["210"], "es"),
]:
    c(m, False, "product_info", "clases-talleres", mm, l=l)
c("i can't make the workshop anymore, it's in 5 days. do i get my money back? what's the rule", False, "return_refund", "clases-talleres", ["72 hours"])

# ------------------------------------------------------------------- account
for m, mm, l in [
    ("forgot my password", ["Forgot your password?"], "en"),
    ("the reset link says expired, i got it this morning", ["2 hours"], "en"),
    ("i signed up with google, how do i reset my password", ["Google or Apple"], "en"),
    ("account locked after too many tries", ["15 minutes"], "en"),
    ("i ordered as a guest, how do i see it in my account", ["same e-mail address"], "en"),
    ("he olvidado la contraseña", [], "es"),
    ("he oblidat la contrasenya", [], "ca"),
    ("pasahitza ahaztu zait", [], "eu"),
]:
    c(m, False, "account", "cuenta", mm, l=l)

# ------------------------------------------------------------------- privacy
for m, mm, l in [
    ("how do i delete my account", ["Delete my account"], "en"),
    ("GDPR access request, where do i send it", ["dpd@sonoramusica.es"], "en"),
    ("how long do you keep my invoices after i delete the account", ["6 years"], "en"),
    ("i'm renting a cello, can i still delete my account?", ["active rental"], "en"),
    ("cómo borro mi cuenta?", [], "es"),
    ("como apago a minha conta?", [], "pt"),
]:
    c(m, False, "account", "privacidad", mm, l=l)

# ---------------------------------------------------------------- gift cards
for m, mm, l in [
    ("do you sell gift cards", ["500"], "en"),
    ("how long is a gift card valid", ["2 years"], "en"),
    ("can i use my gift card for the pedalboard workshop", ["workshops"], "en"),
    ("lost the printed gift card my aunt gave me :(", ["order confirmation"], "en"),
    ("la tarjeta regalo caduca?", ["2"], "es"),
]:
    c(m, False, "payment", "tarjetas-regalo", mm, l=l)

# -------------------------------------------------- pre-orders, back-orders
for m, mm, l in [
    ("when do you charge for a pre-order", ["when you place the pre-order"], "en"),
    ("if the price drops before release do i get the difference", ["lower price"], "en"),
    ("what does 'available to order' mean on a product", ["1–3 weeks"], "en"),
    ("my back-order is really late, can i cancel?", ["30 days"], "en"),
    ("if my order has stuff in stock and stuff to order, do you wait for everything?", ["second shipment is free"], "en"),
    ("qué significa disponible bajo pedido?", ["1–3"], "es"),
]:
    c(m, False, "product_info", "reservas-preventa", mm, l=l)

# ---------------------------------------------------------------- sheet music
for m, mm, l in [
    ("do you have the pieces for the conservatory entrance exams", ["entrance exams"], "en"),
    ("can you order a score you don't have in stock", ["1–3 weeks"], "en"),
    ("how many times can i download the pdf score", ["3 times"], "en"),
    ("pedís partituras que no tengáis?", ["1–3"], "es"),
    ("teniu les obres de la prova d'accés al conservatori?", [], "ca"),
]:
    c(m, False, "product_info", "partituras", mm, l=l)

# ------------------------------------------------------------- instrument sizes
for m, mm, l in [
    ("what violin size for an 8 year old", ["1/2"], "en"),
    ("my daughter's arm is 57 cm, which violin size", ["3/4"], "en"),
    ("how do i measure my kid for a violin", ["middle of the palm"], "en"),
    ("qué tamaño de violín para una niña de 10 años?", ["3/4"], "es"),
    ("quina mida de violoncel per a un xiquet de 9 anys?", ["1/2"], "ca"),
]:
    c(m, False, "product_info", "tallas-instrumentos", mm, l=l)

# ---------------------------------------------------------------- piano tuning
for m, mm, l in [
    ("do you tune pianos at home? how much", ["€85"], "en"),
    ("piano tuning in gandia, price?", ["110"], "en"),
    ("we just moved the piano, when should we get it tuned", ["3–4 weeks"], "en"),
    ("cuánto cuesta afinar un piano en valencia capital?", ["85"], "es"),
]:
    c(m, False, "product_info", "afinacion-pianos", mm, l=l)

# ------------------------------------------------- products (data answers)
for m, mm, l in [
    ("how much is the squier classic vibe 60s strat", ["459"], "en"),
    ("NGD soon hopefully 😅 is the vintera II strat 62 in stock? what colour is it", ["Olympic White"], "en"),
    ("does the les paul standard 50s come with a case", ["Hard case"], "en"),
    ("alhambra 4p, is the top solid?", ["Solid cedar"], "en"),
    ("mostly bedroom playing, can the katana 50 mkii go quiet enough for a flat?", ["0.5 W"], "en"),
    ("does the ds-1 come with a power supply", ["not included"], "en"),
    ("p-145 weight? thinking of taking it to gigs", ["11.1 kg"], "en"),
    ("does the p-145 have bluetooth", ["no Bluetooth"], "en"),
    ("how tall is the yamaha b1", ["109 cm"], "en"),
    ("td-07kv price?", ["949"], "en"),
    ("pearl export, are cymbals included?", ["Cymbals and throne not included"], "en"),
    ("what mouthpiece comes with the yas-280", ["4C"], "en"),
    ("does the sm58 come with a cable", ["No cable"], "en"),
    ("when is the custom shop 52 tele coming out", ["19 December 2025"], "en"),
    ("cuánto cuesta la squier classic vibe?", ["459"], "es"),
    ("quanto custa o yamaha p-145?", ["459"], "pt"),
    ("le rode nt1 est à combien ?", ["249"], "fr"),
    ("canto custa a guitarra yamaha fg800?", ["199"], "gl"),
]:
    c(m, False, "product_info", None, mm, l=l)
c("is the martin d-28 in stock?", False, "product_info", None, ["3–6 weeks"])
c("el kawai ca49 cuánto pesa?", False, "product_info", None, ["55"], l="es")

# ------------------------------------------------------- order status (data)
for m, mm, mnm, l, cu in [
    ("where's my order SM-48213-VLC?", ["shipped", "08462518830127"], [], "en", "u1601"),
    ("tracking for sm48213vlc pls", ["08462518830127"], [], "en", "u1601"),
    ("dónde está mi pedido SM-48213-VLC? la strat", ["08462518830127"], [], "es", "u1601"),
    ("onde está a minha encomenda SM-48190-VLC?", ["EA482193375PT"], [], "pt", "u1602"),
    ("où en est ma commande SM-48177-VLC ?", ["65823190447"], [], "fr", "u1603"),
    ("has the marshall shipped yet", ["shipped", "65823190447"], [], "en", "u1603"),
    ("has my sax shipped? SM-48241-VLC", ["paid"], [], "en", "u1604"),
    ("il mio ordine SM-48241-VLC è già partito?", [], [], "it", "u1604"),
    ("tracking for my drum kit SM-48133-VLC?", ["TDN-VLC-2281934"], [], "en", "u1613"),
    ("is my click and collect SM-48260-TDA ready?", ["paid"], [], "en", "u1616"),
    ("seur tracking for my drums to mallorca please", ["08462519947702"], [], "en", "u1617"),
    ("wo ist meine bestellung SM-48199-VLC?", ["65823201189"], [], "de", "u1620"),
    ("is SM-48111-VLC definitely cancelled? just checking", ["cancelled"], [], "en", "u1622"),
    ("onde está o meu pedido SM-48230-VLC?", ["08462522071453"], [], "gl", "u1623"),
    ("dov'è il mio ordine? #48170", ["65823188802"], [], "it", "u1626"),
    ("did you refund my p-145 order SM-47555-VLC", ["refunded"], [], "en", "u1626"),
    ("was the refund for my headphones processed?", ["refunded"], [], "en", "u1628"),
    ("mi ukelele a ceuta, dónde está?", ["3230004871299016"], [], "es", "u1631"),
    ("unde este comanda mea SM-48245-VLC?", ["08462525503318"], [], "ro", "u1633"),
    ("has my flute been sent", ["shipped", "3230004871344570"], [], "en", "u1636"),
    ("non dago nire eskaera SM-48232-VLC?", ["08462522400017"], [], "eu", "u1641"),
    ("ma strat 62 est partie ? commande SM-48218-VLC", ["65823199036"], [], "fr", "u1643"),
    ("same day order, where's the courier", ["SXV-1110-0934"], [], "en", "u1644"),
    ("sent the transfer yesterday for SM-48255-VLC, is it still pending?", ["pending"], [], "en", "u1612"),
    ("my pacifica to tenerife, tracking number?", ["3230004871302288"], [], "en", "u1611"),
]:
    c(m, False, "order_status", None, mm, mnm, l=l, cu=cu)
# named order that belongs to someone else / does not exist
for m, mnm, l in [
    ("where is order SM-48213-VLC?", ["08462518830127"], "en"),
    ("tracking for SM-48177-VLC please", ["65823190447"], "en"),
    ("dónde está el pedido SM-48190-VLC?", ["EA482193375PT"], "es"),
    ("can you check SM-48133-VLC, it's my brother's drum kit", ["TDN-VLC-2281934"], "en"),
    ("order SM-49999-VLC status?", [], "en"),
    ("where's my stratocaster 62? paid 1249 last week", ["65823199036"], "en"),
]:
    c(m, False, "order_status", None, [], mnm, l=l)
# orders whose timing a page explains
c("when is my piano coming? SM-47981-VLC", False, "order_status", "transporte-voluminoso", ["5–10 working days"], cu="u1605")
c("any news on the martin? SM-48002-VLC", False, "order_status", "reservas-preventa", ["3–6 weeks"], cu="u1615")
c("will the freight people carry the drum kit up to my 3rd floor? SM-48133-VLC", False, "order_status", "transporte-voluminoso", ["€25"], cu="u1613")

# ============================================================ hand-overs
# --------------------------------------------- explicit asks for a person
for m, l in [
    ("can i talk to a human", "en"),
    ("real person please", "en"),
    ("agent", "en"),
    ("i'd like to speak with someone from the shop", "en"),
    ("is there a person i can chat to instead of a bot?", "en"),
    ("can someone call me? 612 345 678", "en"),
    ("please have someone ring me this afternoon, easier to explain on the phone", "en"),
    ("can I speak to Vicent from the workshop? he did my setup last time", "en"),
    ("is Lucía in today? she helped me choose my sax, i'd like to talk to her", "en"),
    ("i'd like one of your luthiers to call me, not a chatbot answer", "en"),
    ("pass me to customer service pls", "en"),
    ("no offence but i'd rather talk to someone real", "en"),
    ("cn i tlk to sum1 from the piano dept", "en"),
    ("Good afternoon. Could a member of your staff contact me by e-mail? Kind regards, J. Moreno", "en"),
    ("quiero hablar con una persona", "es"),
    ("me pasas con alguien de la tienda?", "es"),
    ("un humano porfa", "es"),
    ("podéis llamarme? 654 12 34 56, mejor por la tarde", "es"),
    ("quiero hablar con el encargado", "es"),
    ("hay alguien de carne y hueso por ahí?", "es"),
    ("pásame con el taller, quiero hablar con el luthier", "es"),
    ("vull parlar amb una persona", "ca"),
    ("em podeu telefonar? 622 11 22 33", "ca"),
    ("quero falar com uma pessoa", "pt"),
    ("vorrei parlare con un operatore", "it"),
    ("je voudrais parler à un conseiller", "fr"),
    ("podedes chamarme por teléfono?", "gl"),
    ("ich möchte mit einem mitarbeiter sprechen", "de"),
    ("pertsona batekin hitz egin nahi dut", "eu"),
    ("vreau să vorbesc cu un om", "ro"),
    ("хочу поговорити з людиною", "uk"),
]:
    c(m, True, "human_request", None, l=l)

# ------------------------------------------ press, artists, brands
for m, l in [
    ("I'm a session guitarist with 200k followers, looking for an endorsement deal - can someone from your team get in touch?", "en"),
    ("we're a small pedal brand from bilbao, who can we talk to about you stocking our pedals?", "en"),
    ("soy periodista de Levante-EMV, querría hablar con el responsable de la tienda para un reportaje", "es"),
    ("som un grup de València i volem parlar amb algú de la botiga per un patrocini", "ca"),
]:
    c(m, True, "human_request", "contact", l=l)

# -------------------------------------------- cancel or change an order
for m, l, cu, art, it in [
    ("cancel·leu la comanda SM-48236-VLC, per favor", "ca", "u1624", "cambios-cancelacion", "order_status"),
    ("quiero anular el pedido SM-48236-VLC, me he equivocado de color", "es", "u1624", "cambios-cancelacion", "order_status"),
    ("can you swap the jazz bass in SM-48236-VLC for the squier PJ? bit over budget", "en", "u1624", "cambios-cancelacion", "order_status"),
    ("annullate l'ordine SM-48241-VLC per favore", "it", "u1604", "cambios-cancelacion", "order_status"),
    ("can you add a box of 2.5 reeds to my order SM-48241-VLC", "en", "u1604", "cambios-cancelacion", "order_status"),
    ("cancel SM-48255-VLC please, i haven't sent the transfer yet and i changed my mind", "en", "u1612", "cambios-cancelacion", "order_status"),
    ("can you add a DS-1 to my click and collect SM-48260-TDA", "en", "u1616", "cambios-cancelacion", "order_status"),
    ("quiero cambiar el pedido SM-48260-TDA a envío a casa, al final no puedo ir a recogerlo", "es", "u1616", "cambios-cancelacion", "order_status"),
    ("redirect SM-48213-VLC to my work address pls, calle colón 12, valencia", "en", "u1601", "cambios-cancelacion", "order_status"),
    ("vă rog să anulați comanda SM-48245-VLC", "ro", "u1633", "cambios-cancelacion", "order_status"),
    ("скасуйте, будь ласка, замовлення SM-48250-TDA", "uk", "u1642", "cambios-cancelacion", "order_status"),
    ("bitte stornieren Sie meine Bestellung SM-48199-VLC", "de", "u1620", "cambios-cancelacion", "order_status"),
    ("pouvez-vous changer l'adresse de livraison de SM-48218-VLC ? je serai chez mes parents à nantes", "fr", "u1643", "cambios-cancelacion", "order_status"),
    ("we're moving to the ground floor flat next door, please change the delivery address of the piano SM-47981-VLC", "en", "u1605", "cambios-cancelacion", "order_status"),
    ("quiero cancelar el piano, pedido SM-47981-VLC", "es", "u1605", "cambios-cancelacion", "order_status"),
    ("can you deliver the drum kit on saturday instead? SM-48133-VLC, i work all week", "en", "u1613", "transporte-voluminoso", "order_status"),
    ("cancel my pre-order SM-47930-VLC please, the money's better spent elsewhere", "en", "u1614", "reservas-preventa", "order_status"),
    ("the martin is taking forever, cancel SM-48002-VLC and give me my money back", "en", "u1615", "reservas-preventa", "order_status"),
    ("cancel my order from this morning pls, the one with the bass", "en", None, "cambios-cancelacion", "order_status"),
    ("please cancel my place on the pedalboard workshop on the 29th and refund me", "en", None, "clases-talleres", "return_refund"),
    ("anuladme la inscripción al taller de grabación del sábado, porfa", "es", None, "clases-talleres", "return_refund"),
    ("please end my violin rental for me, i can't find the button anywhere", "en", None, "alquiler", "product_info"),
]:
    c(m, True, it, art, l=l, cu=cu)

# --------------------------------------------- things only staff can do
E = []  # (message, intent, article, lang, customer)
E += [  # double charges, unknown charges
    ("you charged me twice for SM-48011-VLC, 447 € two times, both are final on my statement since last week", "payment", "pago", "en", "u1607"),
    ("me habéis cobrado dos veces el pedido SM-48011-VLC y ya han pasado 10 días", "payment", "pago", "es", "u1607"),
    ("mi avete addebitato due volte lo stesso ordine, sono passate due settimane", "payment", "pago", "it", None),
    ("bizum went through twice for one order, my bank says both are done", "payment", "pago", "en", None),
    ("there's a 599 € charge from sonora musica on my card and i didn't buy anything", "payment", None, "en", None),
]
E += [  # charged after cancelling
    ("I cancelled SM-48102-VLC the same day and you still took 2799 from my account. it's not a hold, it's charged", "payment", "cambios-cancelacion", "en", "u1608"),
    ("cancelé el pedido de la gibson y me habéis cobrado igual", "payment", "cambios-cancelacion", "es", "u1608"),
    ("vaig cancel·lar la comanda i m'heu cobrat igualment", "payment", "cambios-cancelacion", "ca", None),
]
E += [  # refund missing
    ("my refund for SM-47512-VLC still isn't here, it's said refunded since 10 october", "return_refund", "devoluciones", "en", "u1609"),
    ("la devolución de la epiphone pone reembolsado hace un mes y no tengo el dinero", "return_refund", "devoluciones", "es", "u1609"),
    ("je n'ai toujours pas reçu mon remboursement, ça fait 5 semaines", "return_refund", "devoluciones", "fr", None),
    ("aínda non recibín o reembolso da devolución, hai un mes", "return_refund", "devoluciones", "gl", None),
]
E += [  # damaged twice, wrong twice, delivered not received
    ("the replacement FP-30X (SM-47896-VLC) arrived with a broken key AGAIN. second piano, same problem", "complaint", "problemas-entrega", "en", "u1606"),
    ("el piano de sustitución también ha llegado roto, ya van dos", "complaint", "problemas-entrega", "es", "u1606"),
    ("a guitarra de substituição também chegou partida", "complaint", "problemas-entrega", "pt", None),
    ("you sent a DS-2 instead of the DS-1 and the replacement is a DS-2 again", "complaint", "problemas-entrega", "en", "u1621"),
    ("SM-48060-VLC says delivered on 31 oct, signed by 'GARCIA' - nobody here is garcia, i asked the neighbours and the portería, nothing", "complaint", "problemas-entrega", "en", "u1610"),
    ("el pedido SM-48060-VLC pone entregado, he preguntado a los vecinos y al portero y nada, ya van 5 días", "complaint", "problemas-entrega", "es", "u1610"),
    ("risulta consegnato ma non è arrivato niente, ho già chiesto ai vicini, sono passati 4 giorni", "complaint", "problemas-entrega", "it", None),
]
E += [  # freight and piano team
    ("the delivery guys scratched my parquet and dented the door frame bringing the kawai in. who pays for that?", "complaint", "transporte-voluminoso", "en", "u1627"),
    ("los del transporte me rayaron el suelo al subir el piano del pedido SM-47741-VLC", "complaint", "transporte-voluminoso", "es", "u1627"),
    ("the piano team were supposed to come today between 9 and 2, nobody showed up and nobody picks up the phone", "complaint", "transporte-voluminoso", "en", None),
]
E += [  # islands fees disputed
    ("correos express wants 64 euros igic and fees for my pacifica SM-48120-VLC, that can't be right, 7% of 230 is 16", "shipping", "islas-ceuta-melilla", "en", "u1611"),
    ("me piden 64€ en la entrega del pedido SM-48120-VLC en tenerife, eso no cuadra", "shipping", "islas-ceuta-melilla", "es", "u1611"),
    ("customs in ceuta are holding my ukulele and want a fee, but the order was way under 150", "shipping", "islas-ceuta-melilla", "en", "u1631"),
]
E += [  # warranty and workshop
    ("my marshall has been in your workshop under warranty for 7 weeks now and nobody tells me anything", "return_refund", "garantia-reparaciones", "en", "u1634"),
    ("el ampli lleva 6 semanas en reparación por garantía y nadie me dice nada", "return_refund", "garantia-reparaciones", "es", "u1634"),
    ("my warranty claim got rejected, you say the crack is from dry air. the guitar was never near a radiator, I want someone to look again", "return_refund", "garantia-reparaciones", "en", None),
    ("fa dos mesos que tinc el saxo al taller per garantia i ningú em diu res", "return_refund", "garantia-reparaciones", "ca", None),
    ("picked up my les paul after the setup and there's a big scratch on the headstock that wasn't there before", "complaint", "taller-luthier", "en", None),
    ("me habéis devuelto la guitarra del ajuste con un golpe en el cuerpo", "complaint", "taller-luthier", "es", None),
    ("you lost my bass?? i dropped it off for a refret 3 weeks ago and now the shop can't find the ticket", "complaint", "taller-luthier", "en", None),
    ("the setup you did last week made it worse, buzzing on every fret now, and i paid 45 for it", "complaint", "taller-luthier", "en", None),
]
E += [  # trade-in, rental, price match, financing, gift cards
    ("sent my pedals for trade-in 2 weeks ago, you accepted them, still no transfer", "payment", "recompra-usados", "en", None),
    ("you offered 400 for my amp and after checking it you say 250. the photos were accurate, that's not fair", "payment", "recompra-usados", "en", None),
    ("acepté la oferta de recompra hace 10 días y no me ha llegado la transferencia", "payment", "recompra-usados", "es", None),
    ("i returned the rented violin in september and you charged me again on the 5th of october and november", "payment", "alquiler", "en", None),
    ("devolví el saxo alquilado y me seguís cobrando el alquiler", "payment", "alquiler", "es", None),
    ("i want to buy my rented flute, i've paid 14 months, but the price you gave me ignores everything i paid", "payment", "alquiler", "en", None),
    ("cobraram-me o aluguer duas vezes este mês", "payment", "alquiler", "pt", None),
    ("i bought the td-07kv on the 4th for 999 (SM-48140-VLC) and now it's 949 on your site. refund the 50 please", "payment", "igualamos-precio", "en", "u1637"),
    ("you promised a price match code within 1 working day, it's been 3 days and nothing", "payment", "igualamos-precio", "en", None),
    ("I returned the keyboard weeks ago but the instalments are still being charged", "payment", "financiacion", "en", None),
    ("bought an e-gift card for my nephew 5 days ago and he never got the email", "payment", "tarjetas-regalo", "en", None),
    ("el saldo de mi tarjeta regalo ha desaparecido, tenía 80€ y no lo he usado", "payment", "tarjetas-regalo", "es", None),
]
E += [  # account and privacy
    ("there's an order SM-48248-VLC on my account for a gibson les paul going to an address in murcia, i didn't place it!!", "account", None, "en", "u1635"),
    ("alguien ha hecho un pedido con mi cuenta, yo no he comprado ninguna gibson", "account", None, "es", "u1635"),
    ("someone changed the email on my account and now i can't get in", "account", None, "en", None),
    ("i asked dpd@ to delete my data 2 months ago and i still get your newsletter", "account", "privacidad", "en", None),
    ("pedí borrar mi cuenta hace 6 semanas y sigue activa", "account", "privacidad", "es", None),
    ("reset my password 4 times, the link says expired every time even when i click straight away. can't log in", "account", "cuenta", "en", None),
    ("he provat de canviar la contrasenya tres vegades i no m'arriba cap correu, ni al spam", "account", "cuenta", "ca", None),
    ("uploaded my matrícula 6 days ago and it's still not verified, the discount doesn't show", "account", "descuento-educacion", "en", None),
    ("me han rechazado la verificación de estudiante y tengo la matrícula del conservatorio de este curso", "account", "descuento-educacion", "es", None),
]
E += [  # by a date
    ("our daughter's conservatory exam is on 1 december, the piano SM-47981-VLC MUST be here before. can you guarantee that?", "order_status", "transporte-voluminoso", "en", "u1605"),
    ("il sax SM-48241-VLC mi serve assolutamente entro venerdì per un concerto, potete garantirlo?", "order_status", "envios", "it", "u1604"),
    ("tengo un bolo el sábado y el ampli tiene que llegar el viernes sí o sí", "order_status", "envios", "es", None),
]
E += [  # hurt
    ("got an electric shock from the amp when i touched the strings, my hand is still tingling", "complaint", "garantia-reparaciones", "en", None),
    ("me dio calambre el teclado al enchufarlo, ¿es seguro usarlo?", "complaint", "garantia-reparaciones", "es", None),
    ("the cymbal stand i bought collapsed and the crash hit my son in the face, he needed stitches", "complaint", None, "en", None),
]
E += [  # legal threats, staff
    ("if I don't get my money back by friday I'm going to the OCU and my lawyer", "complaint", None, "en", None),
    ("voy a poner una hoja de reclamaciones y a denunciaros en consumo", "complaint", None, "es", None),
    ("vou escrever no livro de reclamações", "complaint", None, "pt", None),
    ("the guy in the guitar section was really condescending to my daughter, she's 15 and knows her stuff", "complaint", None, "en", None),
    ("el dependiente de baterías fue muy borde conmigo el sábado", "complaint", None, "es", None),
    ("your piano tuner came 2 hours late and left without finishing", "complaint", None, "en", None),
    ("la persona al telefono mi ha risposto in modo molto maleducato", "complaint", None, "it", None),
]
for m, it, art, l, cu in E:
    c(m, True, it, art, l=l, cu=cu)

# ================================================== conversations (2-4 turns)
# ---- a question, then a person is asked for (hand-over keeps the page)
for msgs, art, l in [
    (["how much is a setup?", "ok can i talk to the luthier directly"], "taller-luthier", "en"),
    (["do you rent cellos", "great, can someone call me to sort it out? it's for my 2 kids"], "alquiler", "en"),
    (["how much to deliver an upright piano", "i'd like to talk to someone from the piano team about my stairs, they're really narrow"], "transporte-voluminoso", "en"),
    (["what's the return policy", "fine. human please"], "devoluciones", "en"),
    (["do you do trade ins", "can a person look at my amp photos and call me?"], "recompra-usados", "en"),
    (["what's the student discount", "our band wants to buy a lot of stuff, can i talk to someone"], "descuento-educacion", "en"),
    (["do you ship to tenerife", "i'd rather sort the customs thing with a person tbh"], "islas-ceuta-melilla", "en"),
    (["how does financing work", "can i speak to somebody about it before i apply"], "financiacion", "en"),
    (["cuánto cuesta el envío a portugal?", "vale, ¿puedo hablar con alguien?"], "envios", "es"),
    (["qué tamaño de violín necesita una niña de 7 años?", "prefiero que me atienda una persona, la verdad"], "tallas-instrumentos", "es"),
    (["cómo funciona el alquiler con opción a compra?", "quiero hablarlo con alguien por teléfono"], "alquiler", "es"),
    (["quant costa afinar un piano?", "em pot telefonar algú per a concretar?"], "afinacion-pianos", "ca"),
    (["quanto custa o envio de um piano para o porto?", "quero falar com alguém"], "transporte-voluminoso", "pt"),
    (["quanto dura la garanzia?", "posso parlare con una persona?"], "garantia-reparaciones", "it"),
    (["quelle est votre politique de retour ?", "je préfère parler à quelqu'un"], "devoluciones", "fr"),
    (["facedes desconto a estudantes?", "podo falar con alguén da tenda?"], "descuento-educacion", "gl"),
    (["was kostet der versand nach deutschland?", "kann ich mit jemandem sprechen?"], "envios", "de"),
    (["ile kosztuje wysyłka do polski?", "mogę porozmawiać z człowiekiem?"], "envios", "pl"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- greeting first, then the ask; or asking again
for msgs, l in [
    (["hi", "can i talk to someone please"], "en"),
    (["hello", "anyone from the shop online?"], "en"),
    (["human", "HUMAN", "is anyone there?? a real person please"], "en"),
    (["agent", "i said agent"], "en"),
    (["buenas", "me puede llamar alguien? es por un piano"], "es"),
    (["persona", "PERSONA por favor", "que me atienda alguien ya"], "es"),
    (["bon dia", "puc parlar amb algú?"], "ca"),
    (["olá", "posso falar com alguém da loja?"], "pt"),
    (["bonjour", "je voudrais parler à quelqu'un svp"], "fr"),
    (["bos días", "quero falar cunha persoa"], "gl"),
]:
    c(msgs, True, "human_request", None, l=l)

# ---- frustration that builds over the turns (no swearing)
for msgs, it, art, l in [
    (["how much is shipping to the canaries", "ok and will i pay something at the door", "that's not what i asked. do I pay anything on delivery or not", "third time asking the same thing"], "complaint", "islas-ceuta-melilla", "en"),
    (["how do i end my rental", "i don't have a My rentals page", "yes i'm logged in", "i've looked everywhere, this is going round in circles"], "complaint", "alquiler", "en"),
    (["where's my invoice", "it's not under my orders", "it's really not there, checked 3 times, this is getting frustrating"], "complaint", "facturas", "en"),
    (["the reset email doesnt come", "yes i checked spam", "still nothing. third time i'm telling you"], "complaint", "cuenta", "en"),
    (["can you ship a piano to lanzarote", "why not", "that's not an answer"], "complaint", "islas-ceuta-melilla", "en"),
    (["does the price match work with german shops", "it IS in the EU", "you're not answering my question"], "complaint", "igualamos-precio", "en"),
    (["how do i book a test room", "the booking page gives an error", "still an error. this is pointless"], "complaint", "tienda-valencia", "en"),
    (["cuánto cuesta el envío a baleares?", "y para una batería acústica?", "eso no es lo que pregunto, pregunto por la BATERÍA ACÚSTICA"], "complaint", "transporte-voluminoso", "es"),
    (["cómo recupero mi contraseña", "no me llega el correo", "sí, es el mismo correo de la cuenta", "ya he mirado en spam, esto no funciona, tercera vez que lo digo"], "complaint", "cuenta", "es"),
    (["dónde veo mi factura", "no aparece en mis pedidos", "no me estás ayudando nada"], "complaint", "facturas", "es"),
    (["com puc acabar el lloguer?", "no trobe el botó", "ja t'ho he dit tres voltes, no hi és"], "complaint", "alquiler", "ca"),
    (["como descarrego a fatura?", "não aparece", "isto não está a ajudar nada"], "complaint", "facturas", "pt"),
    (["come faccio a reimpostare la password?", "la mail non arriva", "te l'ho già detto tre volte"], "complaint", "cuenta", "it"),
    (["vous livrez un piano droit en corse ?", "et à marseille ?", "ce n'est pas ce que je demande, je parle de la CORSE"], "complaint", "transporte-voluminoso", "fr"),
    (["como se usa a tarxeta regalo?", "non hai ningún campo para o código", "xa vos dixen tres veces que non está"], "complaint", "tarjetas-regalo", "gl"),
]:
    c(msgs, True, it, art, l=l)
# frustration that ends with an ask for a person
for msgs, art, l in [
    (["my tracking hasn't moved in 5 days", "yes i checked the link", "ok this is pointless, get me a human"], "problemas-entrega", "en"),
    (["how do i end my rental", "there is no button", "forget it, let me talk to someone"], "alquiler", "en"),
    (["invoice with my CIF?", "i already ordered and forgot to tick the box", "can a real person just fix it please"], "facturas", "en"),
    (["el seguimiento no se mueve", "sí, ya lo he mirado", "pásame con alguien ya"], "problemas-entrega", "es"),
    (["el descuento de estudiante no me sale", "ya estoy verificado, lo pone en mi cuenta", "quiero hablar con una persona"], "descuento-educacion", "es"),
    (["no em funciona la contrasenya", "ja ho he fet tot", "vull parlar amb algú"], "cuenta", "ca"),
    (["il codice dell'adeguamento prezzo non funziona", "l'ho riprovato", "fatemi parlare con un operatore"], "igualamos-precio", "it"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- an answered question, then the staff-only problem comes out
for msgs, it, art, l, cu in [
    (["how long do refunds take", "well mine for SM-47512-VLC says refunded on 10 october and I have nothing"], "return_refund", "devoluciones", "en", "u1609"),
    (["do you replace damaged stuff?", "you did, and the replacement piano is broken too"], "complaint", "problemas-entrega", "en", "u1606"),
    (["why would a payment show twice", "it's been 12 days, both charges of 447 are final, not pending"], "payment", "pago", "en", "u1607"),
    (["when are you charged for an order", "I cancelled SM-48102-VLC and you charged me anyway"], "payment", "cambios-cancelacion", "en", "u1608"),
    (["what's the igic for the canaries", "then why do they want 64 euros from me? 7% of 230 isn't 64"], "shipping", "islas-ceuta-melilla", "en", "u1611"),
    (["how long do warranty repairs take", "mine has been 7 weeks. the marshall."], "return_refund", "garantia-reparaciones", "en", "u1634"),
    (["if you lower your price after i buy, do i get the difference?", "great. SM-48140-VLC, it was 999 and now it's 949, please refund me"], "payment", "igualamos-precio", "en", "u1637"),
    (["i see an order i don't know in my account", "SM-48248-VLC, a gibson. i never ordered that"], "account", None, "en", "u1635"),
    (["how do i delete my account", "i did that in september and it still exists"], "account", "privacidad", "en", None),
    (["how does trade-in payment work", "i accepted 2 weeks ago and nothing has arrived"], "payment", "recompra-usados", "en", None),
    (["how does the rental work", "i returned the violin in september and you're still charging me"], "payment", "alquiler", "en", None),
    (["what do i do if the guitar arrives damaged", "i did all that 5 days ago and nobody has answered"], "complaint", "problemas-entrega", "en", None),
    (["tracking says delivered but nothing here", "I already asked the neighbours and the portería, nobody signed for it, it's been 4 days"], "complaint", "problemas-entrega", "en", "u1610"),
    (["cuánto tarda un reembolso?", "pues el mío lleva un mes, pedido SM-47512-VLC"], "return_refund", "devoluciones", "es", "u1609"),
    (["el transporte sube el piano a casa?", "pues al subir el kawai me rayaron el parquet y el marco de la puerta"], "complaint", "transporte-voluminoso", "es", "u1627"),
    (["quant tarda el reemborsament?", "fa un mes que espere"], "return_refund", "devoluciones", "ca", None),
    (["come funziona la garanzia?", "il mio sax è in riparazione da due mesi"], "return_refund", "garantia-reparaciones", "it", None),
    (["comment marche la reprise d'occasion ?", "j'ai accepté l'offre il y a 3 semaines et toujours pas de virement"], "payment", "recompra-usados", "fr", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- change requests inside a conversation
for msgs, it, art, l, cu in [
    (["can i still cancel an order?", "ok then cancel SM-48236-VLC please"], "order_status", "cambios-cancelacion", "en", "u1624"),
    (["until when can i change an order", "great, add a ligature to SM-48241-VLC and send it to via roma 14, bologna instead"], "order_status", "cambios-cancelacion", "en", "u1604"),
    (["where is my order SM-48213-VLC", "it says shipped since thursday", "ok can you send it to my office instead"], "order_status", "cambios-cancelacion", "en", "u1601"),
    (["has SM-48255-VLC been processed", "then cancel it, found it cheaper"], "order_status", "cambios-cancelacion", "en", "u1612"),
    (["can pre-orders be cancelled?", "ok cancel mine then, SM-47930-VLC"], "order_status", "reservas-preventa", "en", "u1614"),
    (["se puede cambiar un pedido de recogida a envío?", "pues cámbiame el SM-48260-TDA a envío a casa, calle cuba 20, valencia"], "order_status", "cambios-cancelacion", "es", "u1616"),
    (["puc cancel·lar una comanda?", "doncs cancel·leu la SM-48236-VLC"], "order_status", "cambios-cancelacion", "ca", "u1624"),
    (["posso mudar a morada de entrega?", "então mudem para rua de santa catarina 100, porto"], "order_status", "cambios-cancelacion", "pt", None),
    (["when is the pedalboard workshop", "ok i can't make it after all, please cancel my booking and refund"], "return_refund", "clases-talleres", "en", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- problem reported, then it turns out staff are needed
for msgs, it, art, l, cu in [
    (["my guitar arrived with a dented case and a crack in the headstock", "I sent photos to ayuda@ 5 days ago and nobody answered"], "complaint", "problemas-entrega", "en", None),
    (["the keyboard doesn't turn on", "i told you 10 days ago and nobody sent a new one"], "complaint", "problemas-entrega", "en", None),
    (["my parcel in tenerife is held at customs", "I paid the fees 4 days ago and it still hasn't moved"], "shipping", "islas-ceuta-melilla", "en", "u1611"),
    (["i cancelled an order, when's my money back", "it's been 2 weeks, nothing"], "payment", "cambios-cancelacion", "en", "u1608"),
    (["me ha llegado el ampli con la rejilla hundida", "mandé las fotos hace una semana y nadie contesta"], "complaint", "problemas-entrega", "es", None),
    (["el paquete pone entregado pero no está", "ya he preguntado a todos, nada, 4 días"], "complaint", "problemas-entrega", "es", None),
    (["a guitarra chegou com o braço partido", "enviei as fotos há uma semana e ninguém respondeu"], "complaint", "problemas-entrega", "pt", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- more hand-overs: long lines, changes after a status question, no-shows
for msgs, it, art, l, cu in [
    (["ma commande SM-48177-VLC est partie ?", "je voudrais la faire livrer à mon bureau plutôt, vous pouvez changer l'adresse ?"], "order_status", "cambios-cancelacion", "fr", "u1603"),
    (["a minha encomenda SM-48190-VLC já foi enviada?", "podem mudar a morada? vou estar em braga esta semana"], "order_status", "cambios-cancelacion", "pt", "u1602"),
    (["the invoice for SM-48088-VLC still has the wrong CIF for the band, we asked twice already to correct it"], "payment", "facturas", "en", "u1619"),
    (["cuánto tardáis en contestar los correos?", "pues os escribí hace 5 días por el ampli que llegó roto y nada de nada"], "complaint", "problemas-entrega", "es", None),
    (["how do i book a piano tuning", "i did, it was for yesterday afternoon and nobody came. i took the afternoon off work for this"], "complaint", "afinacion-pianos", "en", None),
    (["Hi, long story, I bought a bass from you in October for my son, he plays it every day and loves it, but last week the output jack started crackling and now there's no sound unless you wiggle the cable. A friend says it's the jack but I don't want to void anything, so could someone from your workshop please call me to sort it out? 634 22 90 17"], "return_refund", "garantia-reparaciones", "en", None),
    (["a ver, os cuento: compré una batería electrónica hace tres semanas para mi hijo, todo bien al principio pero ahora el pad del charles no responde, he cambiado el cable, he reseteado el módulo, he visto mil vídeos y nada. tiene un concierto en el cole en diez días. necesito que alguien me llame, por favor"], "return_refund", "garantia-reparaciones", "es", None),
    (["is the kawai ca49 in stock?", "and if i order today when does it get to madrid", "you just said the same thing again. a DATE. roughly when", "forget it, this is useless"], "complaint", "transporte-voluminoso", "en", None),
    (["у вас можна орендувати скрипку?", "хочу поговорити з кимось про оренду"], "human_request", "alquiler", "uk", None),
    (["hey do u have the yas-280", "ordered it already btw, SM-48241-VLC, can u add a neck strap and a box of vandoren 3s to it"], "order_status", "cambios-cancelacion", "en", "u1604"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- follow-ups answered by the assistant (no hand-over)
for msgs, it, art, mm, l in [
    (["hi", "how much is shipping to portugal?"], "shipping", "envios", ["6.95"], "en"),
    (["hi", "looking for a first electric guitar for my son, budget around 300", "is the pacifica any good? how much is it"], "product_info", None, ["279"], "en"),
    (["hey", "do you have the rode nt1?", "does it do usb or only xlr", "cool. and is shipping free to valencia?"], "shipping", "envios", ["49"], "en"),
    (["buenas", "quiero comprar un piano digital para empezar", "el p-145 pesa mucho? lo tengo que subir a un tercero sin ascensor"], "product_info", None, ["11"], "es"),
    (["hola", "la meua filla comença violí al conservatori", "quin preu té el lloguer?", "i es pot canviar de mida quan creix?"], "product_info", "alquiler", [], "ca"),
    (["olá", "se comprar um teclado e não gostar, quantos dias tenho para devolver?", "e quanto custa a devolução desde portugal?"], "return_refund", "devoluciones", ["9.95"], "pt"),
    (["ciao", "cerco un'interfaccia audio per registrare voce e chitarra", "la scarlett 2i2 quanto costa?"], "product_info", None, ["199"], "it"),
    (["do you ship to italy", "and how long does it take?"], "shipping", "envios", ["3–5 working days"], "en"),
    (["do you rent violins", "she's 8, what size would she need?", "and if we want to buy it later?"], "product_info", "alquiler", ["18 months"], "en"),
    (["how much is a setup", "and if I post it from madrid, what's the return shipping?"], "product_info", "taller-luthier", ["9.95"], "en"),
    (["do you deliver pianos", "do you take the old one away too?"], "shipping", "transporte-voluminoso", ["120"], "en"),
    (["what's your return policy", "and opened strings?"], "return_refund", "devoluciones", ["opened strings"], "en"),
    (["do you buy used gear", "cash or store credit, what's better?"], "product_info", "recompra-usados", ["15% more"], "en"),
    (["how much is the yas-280", "can i pay in instalments", "and over 24 months what's the interest?"], "payment", "financiacion", ["9.95%"], "en"),
    (["can i talk to someone?", "actually nvm, just tell me if you're open saturday afternoon"], "other", "tienda-valencia", ["14:00"], "en"),
    (["i want a human", "no wait, forget it. what's the phone number, i'll call myself"], "other", "contact", [PH], "en"),
    (["no I don't need a person", "just tell me how long a gift card lasts"], "payment", "tarjetas-regalo", ["2 years"], "en"),
    (["a bass arrived with a crack in the finish", "do i have to pay to send it back?"], "complaint", "problemas-entrega", ["pay nothing"], "en"),
    (["my strat came out of tune with some fret buzz", "so is it damaged or not?"], "complaint", "problemas-entrega", ["not damaged"], "en"),
    (["is the chat a real person?", "ok and on saturday?"], "other", "contact", ["14:00"], "en"),
    (["do you do workshops?", "when is the next one", "how much is it?"], "product_info", "clases-talleres", ["30"], "en"),
    (["what violin size for my son, he's 9", "and if he grows next year and we're renting?"], "product_info", "tallas-instrumentos", ["free of charge"], "en"),
    (["how much is the katana 50", "does it have a headphone out?"], "product_info", None, ["headphone output"], "en"),
    (["thanks for the help", "one more thing, do you take amex?"], "payment", "pago", ["American Express"], "en"),
    (["cancel", "no sorry, I mean how do i cancel an order if i change my mind, just asking"], "order_status", "cambios-cancelacion", ["pending"], "en"),
    (["hola", "tenéis la pacifica 112 en stock?", "y cuánto cuesta el envío a mallorca?"], "shipping", "islas-ceuta-melilla", ["9.95"], "es"),
    (["alquiláis violines?", "y si luego lo queremos comprar?"], "product_info", "alquiler", ["18"], "es"),
    (["cuánto cuesta un ajuste?", "y tardáis mucho?"], "product_info", "taller-luthier", ["3–5"], "es"),
    (["quiero hablar con alguien", "bueno da igual, ¿a qué hora abrís el sábado?"], "other", "tienda-valencia", ["10:00"], "es"),
    (["no necesito una persona", "solo dime cuánto cuesta devolver un pedido desde madrid"], "return_refund", "devoluciones", ["5.95"], "es"),
    (["bon dia", "quant costa l'enviament a girona?"], "shipping", "envios", ["4.95"], "ca"),
    (["teniu descompte per a estudiants?", "i per a partitures?"], "payment", "descuento-educacion", ["15"], "ca"),
    (["olá", "enviam para a madeira?"], "shipping", "envios", ["14.95"], "pt"),
    (["ciao", "spedite in italia? quanto costa?"], "shipping", "envios", ["12.95"], "it"),
    (["bonjour", "vous livrez en belgique ?"], "shipping", "envios", ["12.95"], "fr"),
    (["bo día", "canto custa alugar un violín?"], "product_info", "alquiler", ["15"], "gl"),
    (["hoi", "hoe lang duurt verzending naar nederland?"], "shipping", "envios", ["3–5"], "nl"),
    (["bună", "cât costă livrarea în românia?"], "shipping", "envios", ["19.95"], "ro"),
]:
    c(msgs, False, it, art, mm, l=l)
# order follow-ups with a customer's own orders
for msgs, mm, l, cu, art in [
    (["hi i ordered a guitar last week", "the number is sm 48213"], ["08462518830127"], "en", "u1601", None),
    (["my amp hasn't arrived", "SM-48177-VLC"], ["65823190447"], "en", "u1603", None),
    (["onde está o meu pedido?", "é o SM-48230-VLC"], ["08462522071453"], "gl", "u1623", None),
    (["a minha encomenda ainda não chegou", "SM-48190-VLC"], ["EA482193375PT"], "pt", "u1602", None),
    (["when will my piano be delivered", "order SM-47981-VLC"], ["2 working days"], "en", "u1605", "transporte-voluminoso"),
]:
    c(msgs, False, "order_status", art, mm, l=l, cu=cu)

# ---- many customers greet before they ask: every 7th single-turn question
# gets an opening line in its own language (the judged turn is unchanged)
OPENERS = {
    "en": ["hi", "hello", "hey", "good morning", "hi there", "hello, quick question",
           "hiya", "evening!", "hi, hope you can help", "hey guys 🤘"],
    "es": ["hola", "buenas", "hola buenas tardes", "buenos días", "hola, una pregunta"],
    "ca": ["bon dia", "hola", "bona vesprada"],
    "pt": ["olá", "bom dia", "boa tarde"],
    "it": ["buongiorno", "ciao", "salve"],
    "fr": ["bonjour", "bonsoir", "salut"],
    "gl": ["bos días", "ola"],
    "de": ["hallo", "guten tag"],
    "nl": ["hallo", "hoi"],
    "eu": ["kaixo", "egun on"],
    "ro": ["bună ziua", "salut"],
    "pl": ["dzień dobry", "cześć"],
    "uk": ["добрий день", "привіт"],
}
GREETS = re.compile(r"(hi|hello|hey|good (morning|afternoon|evening)|hola|buenas|bon dia|olá|ciao|bonjour|bos días|kaixo|hallo)\b", re.I)

# ================================================================ output
ORDER_REF = re.compile(r"(?i)(?<![\d])(?:sm[-\s]?|#\s?|pedido\s|order\s)?(4[789]\d{3})(?:[-\s]?(?:vlc|tda))?(?![\d])")

def order_refs(m):
    return [casekit.Ref(mo.group(0), mo.group(1), None) for mo in ORDER_REF.finditer(m)]

def untracked(o):
    # TDA orders are collected in the shop: no parcel, no tracking number
    return o["orderId"].endswith("-TDA") or casekit.sku_only("GC-")(o)

def main():
    shop.add_openers(OPENERS, GREETS)
    shop.write()
    shop.check(order_id=r"SM-\d{5}-(VLC|TDA)", shape="SM-48213-VLC", counter=lambda oid: oid.split("-")[1],
               refs=order_refs, unknown=UNKNOWN_ORDERS, named=lambda cu: not cu.startswith("u9"),
               untracked=untracked, max_turns=4, kb_line=False)

if __name__ == "__main__":
    main()
