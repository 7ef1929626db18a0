#!/usr/bin/env python3
"""Generate nineteenth-cases.jsonl: cases for the nineteenth shop,
Rosa Selvatica (online cosmetics and skincare shop in Milan with a beauty
studio for skin consultations, shade matching and treatments at Via
Tortona 27, Milano; sells skincare, make-up, perfume and hair care, a
monthly beauty box "Scatola", gift cards and gift wrapping, runs the
"Petali" loyalty points programme; ships to Italy, Greece, Malta, France,
Spain and Switzerland (customs)).  Prices in EUR.
KB: nineteenth-kb/.  Run: python3 gen_nineteenth_cases.py
The script writes the cases, then checks them against the KB and prints
the figures (cases, escalation share, other-language share, multi-turn share).
This shop is a tuning set: the customer lines are meant to be varied.

Languages: Italian (it), Greek in Greek script (el) and in Greeklish,
Greek written in Latin letters (el-latn), French (fr), Spanish (es),
Maltese (mt), Swiss German (de); English (en) includes Maltese English
(tagged en-mt, counted as English) and English with typos.

Order numbers look like RS-73042-IT (RS, a 5-digit counter, the country
the order ships to: IT, GR, MT, FR, CH, ES).  Customers paste them in many
ways ("rs73042", "RS 73042 IT", "order 73042", "#RS-73042", "ordine
73042", "RS73095GR").  Volumes (50 ml, 1.7 oz, 200 ml), SPF 30 / SPF 50+,
shade numbers (120N, 220N, 310W), names such as "Fico Nero N°3", "Bacio
N°07", "Siero Luminoso C15", "Notte Retinal 0.2", prices, phone numbers,
ages and postcodes (20144, 71202) are not order numbers.

LABELLING RULES

Escalation (expect.escalate)
 E1  true for an explicit request for a person in any wording or language:
     "a human", "un operatore", "una persona vera", "κάποιον υπάλληλο",
     "kapoion", "un conseiller", "un agente", "persuna", a skin therapist
     or beautician, "someone from the studio", a callback, a named
     colleague, also right after an answered question.
 E2  true for a request to cancel, refund or change an existing order
     (cancel it, change the address, swap a shade or an item inside the
     order, add an item or gift wrapping, resend a parcel that went back,
     send a gift card to another address, "I want my money back"), or to
     cancel, skip or pause a Scatola for the customer ("do it for me"),
     or to cancel or move a studio booking for the customer.
 E3  true for things only staff can do: a real double charge (final after
     the waiting time), a charge after cancelling an order or the
     Scatola, a Scatola charged while paused, a refund missing for weeks,
     Klarna still asking for money after a refund, a gift card that never
     arrived after the resend steps, an order the customer did not place,
     an unknown charge, Petali points that vanished or never arrived
     after the pending time, a shade swap already used and still wrong,
     a replacement that arrived broken again, a parcel marked delivered
     that the customer already looked for, a Swiss customs amount the
     customer disputes, an invoice still wrong after asking, a deletion
     that did not happen, someone else's data in the account, a
     locked-out account after the reset steps, a skin reaction that is
     getting worse, spreading, with swelling or seen by a doctor, legal
     threats and consumer-body complaints, complaints about a staff
     member, press and partnership requests.
 E4  true when the customer is stuck or frustrated across several turns
     ("that's not what I asked", the same question a third time, "you
     keep sending the same text"), without needing any swearing.
 E5  false for questions about a policy even with "cancel", "refund",
     "person", "human", "operatore", "agent", "call" in them: the phone
     number, the e-mail, WhatsApp, when people answer the chat, studio
     hours, how to cancel, skip or pause the Scatola, how to cancel a
     studio booking, what the return policy is, "no I don't need a
     person, just tell me ...".  A first report of a parcel that arrived
     damaged or leaking, of a parcel marked delivered, of a missing item
     or a wrong shade, of a gift card not received, or of two payments
     shown on the card gets the steps of the page (false).  Mild
     irritation, tingling or slight redness after a product gets the
     skin-reaction page (false); a reaction that is getting worse,
     spreading, with swelling, or seen by a doctor is E3.

Intent (expect.intent)
     order_status: a named order (where, status, tracking, when),
       cancelling or changing an order, adding to it, resending it.
     return_refund: returns, refunds, money back, the reaction guarantee,
       the shade swap when it is asked as a refund or swap of a delivered
       product, a missing refund.
     shipping: countries, prices, times, carriers, express, perfume
       shipping, Swiss customs and VAT, a late parcel without an order
       number, a parcel that went back to the shop.
     product_info: products and their prices and ingredients, shade
       matching, skin and hair advice, sun care, perfume, shelf life,
       samples, gift wrapping, availability and restocks, studio services
       and bookings, mild irritation after a product.
     payment: payment methods, Klarna, cash on delivery, charges, double
       charges, invoices, gift cards, discount codes.
     account: login, password, details, the Scatola subscription (skip,
       pause, cancel, its charges), Petali loyalty points, privacy and
       deletion, an order the customer did not place.
     complaint: something went wrong (arrived damaged or leaking, missing,
       delivered-not-received, a skin reaction getting worse, staff,
       legal threat, frustration) when the turn does not ask for a person.
     human_request: the judged turn only asks for a person / callback (also
       press or partnership contact).  When it also states a concrete
       problem, the problem's intent is used.
     other: contact details, chat and phone hours, studio hours and
       address, things outside the shop.  greeting / thanks / goodbye for
       small talk.

Article (expect.article)
     The page that answers the judged turn.  Product facts and order facts
     come from the data (article null).  A hand-over keeps the page that
     governs the matter raised in the conversation; it is null when only a
     person is asked for or no page governs (unknown charge, staff, legal,
     an order the customer did not place).

mustMention: short exact strings from the governing page (or the data when
the article is null); non-English turns use only numbers, prices, e-mail
addresses, phone numbers, web addresses and tracking numbers.  Hand-overs
carry none.
mustNotMention: other customers' data and facts the reply must not invent.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casekit  # the shared case helper, writer and self-check

shop = casekit.Shop("nineteenth", "t19", anon=9100, langs={"it", "el", "el-latn", "fr", "es", "mt", "de"},
                    english_variants={"en-mt": "Maltese English"})
c = shop.c

PH = "+39 02 8473 2190"
MAIL = "assistenza@rosaselvatica.it"
WA = "+39 347 220 4815"

# ---------------------------------------------------------------- small talk
for m, it, l in [
    ("hi", "greeting", "en"), ("hello there!", "greeting", "en"), ("good morning :)", "greeting", "en"),
    ("ciao", "greeting", "it"), ("buongiorno", "greeting", "it"), ("buonasera!", "greeting", "it"),
    ("γεια σας", "greeting", "el"), ("καλημέρα", "greeting", "el"), ("kalimera sas", "greeting", "el-latn"),
    ("bonjour", "greeting", "fr"), ("hola, buenas", "greeting", "es"), ("bongu", "greeting", "mt"),
    ("grüezi mitenand", "greeting", "de"),
    ("thanks so much!", "thanks", "en"), ("cheers, that helped a lot", "thanks", "en"),
    ("grazie mille", "thanks", "it"), ("grazie, gentilissimi!", "thanks", "it"),
    ("ευχαριστώ πολύ", "thanks", "el"), ("efxaristw poli!!", "thanks", "el-latn"),
    ("merci beaucoup", "thanks", "fr"), ("muchas gracias", "thanks", "es"), ("grazzi ħafna", "thanks", "mt"),
    ("merci vielmal", "thanks", "de"),
    ("bye!", "goodbye", "en"), ("arrivederci, buona giornata", "goodbye", "it"), ("αντίο, καλή συνέχεια", "goodbye", "el"),
    ("bonne journée, au revoir", "goodbye", "fr"), ("hasta luego", "goodbye", "es"), ("saħħa!", "goodbye", "mt"),
]:
    c(m, False, it, None, l=l)

# ------------------------------------------- contact, phone and chat hours
for m, mm, l in [
    ("what's your customer service phone number?", [PH], "en"),
    ("what email do i write to for help", [MAIL], "en"),
    ("when do real people answer this chat?", ["9:00–19:00"], "en"),
    ("is the chat staffed on saturdays", ["10:00–14:00"], "en"),
    ("can I message you on whatsapp instead?", [WA], "en"),
    ("if i write on sunday when will someone get back to me", ["next working day"], "en"),
    ("how does the call me back thing work?", ["rosaselvatica.it/richiamami"], "en"),
    ("no I don't need a person, just give me the email for privacy questions", ["privacy@rosaselvatica.it"], "en"),
    ("not asking for an agent lol, just the email for hotels - we run a small spa in Sliema and want to stock your stuff", ["b2b@rosaselvatica.it"], "en-mt"),
    ("qual è il numero del servizio clienti?", [PH], "it"),
    ("a che ora c'è una persona in chat?", ["9:00"], "it"),
    ("mi date la mail dell'assistenza?", [MAIL], "it"),
    ("ποιο είναι το τηλέφωνο εξυπηρέτησης πελατών;", [PH], "el"),
    ("μιλάει κάποιος ελληνικά στο chat; τι ώρες;", ["10:00–16:00"], "el"),
    ("quel est votre numéro de téléphone ?", [PH], "fr"),
    ("¿cuál es el teléfono de atención al cliente?", [PH], "es"),
    ("x'inhu n-numru tat-telefon tagħkom?", [PH], "mt"),
    ("wie ist eure telefonnummer? ich rufe aus zürich an", [PH], "de"),
]:
    c(m, False, "other", "contact", mm, l=l)

# --------------------------------------------------- the studio in Milan
for m, mm, l in [
    ("where is your studio in milan?", ["Via Tortona 27"], "en"),
    ("what time does the studio close on saturday", ["10:00–18:00"], "en"),
    ("are you open sundays in december? want to do christmas shopping", ["11:00–18:00"], "en"),
    ("a che ora chiude lo studio il venerdì?", ["19:00"], "it"),
    ("où se trouve votre boutique à milan ?", ["27"], "fr"),
]:
    c(m, False, "other", "studio", mm, l=l)
for m, mm, l in [
    ("how much is a skin consultation", ["€35"], "en"),
    ("is shade matching in the studio free?", ["free"], "en"),
    ("how do i book a facial", ["rosaselvatica.it/studio"], "en"),
    ("how do I cancel a studio booking? not now, just want to know", ["24 hours"], "en"),
    ("price of a bridal make up trial?", ["€90"], "en"),
    ("if I pick up my order at the studio how long do you keep it", ["14 days"], "en"),
    ("my daughter is 14, can she come for a skin consultation on her own?", ["16"], "en"),
    ("I'm in Milan for a conference next week, staying near the Navigli, and my skin has gone completely crazy with the flights and the hotel air con, dry patches and some spots on my chin. can I just walk in to the studio for some advice or do I need to book, and what does it cost?", ["€35"], "en"),
    ("quanto costa la consulenza della pelle? viene scalata se compro qualcosa?", ["35"], "it"),
    ("se disdico l'appuntamento il giorno prima perdo la caparra?", ["15"], "it"),
    ("μπορώ να κλείσω ραντεβού για περιποίηση προσώπου; πόσο κοστίζει;", ["75"], "el"),
    ("c'est combien le maquillage express au studio ?", ["40"], "fr"),
    ("¿hay que pedir cita para que me busquen el tono de base?", ["15"], "es"),
]:
    c(m, False, "product_info", "studio", mm, l=l)

# ---------------------------------------------------------- outside the shop
for m, l in [
    ("what's the weather like in milan this weekend", "en"),
    ("tell me a joke", "en"),
    ("chi ha vinto la partita dell'inter ieri?", "it"),
    ("τι καιρό θα κάνει αύριο στην αθήνα;", "el"),
    ("quel temps fait-il à nice demain ?", "fr"),
    ("¿me recomiendas una serie para ver esta noche?", "es"),
]:
    c(m, False, "other", None, l=l)

# ------------------------------------------------------------------ shipping
for m, mm, l in [
    ("how much is shipping in italy", ["€4.90"], "en"),
    ("do you ship to greece and what does it cost", ["€9.90"], "en"),
    ("how long does it take to crete?", ["4–7"], "en"),
    ("hi, how much is it to send to Malta, Gozo actually, and how long does it take more or less", ["3–6 working days"], "en-mt"),
    ("if i order before 2pm does it leave today?", ["14:00"], "en"),
    ("do u have express?? need a birthday present in rome by tomorrow", ["€9.90"], "en"),
    ("can i get express delivery to paris", ["not available"], "en"),
    ("do you ship to germany? my sister lives in munich", ["Germany"], "en"),
    ("do you deliver to tenerife", ["Canary Islands"], "en"),
    ("why does perfume take longer to malta than the creams did last time", ["road"], "en-mt"),
    ("quanto costa la spedizione?", ["4.90"], "it"),
    ("spedite in sardegna? quanti giorni ci vogliono", ["2–4"], "it"),
    ("se ordino entro mezzogiorno arriva domani a torino? c'è l'espresso?", ["13:00"], "it"),
    ("πόσο κοστίζουν τα μεταφορικά για ελλάδα;", ["9.90"], "el"),
    ("στέλνετε ηράκλειο κρήτης, τκ 71202; πόσες μέρες;", ["4–7"], "el"),
    ("apo poso einai dwrean ta metaforika gia ellada?", ["79"], "el-latn"),
    ("combien coûte la livraison en france ?", ["7.90"], "fr"),
    ("¿cuánto cuesta el envío a españa?", ["7.90"], "es"),
    ("kemm tiswa l-konsenja għal Malta?", ["9.90"], "mt"),
]:
    c(m, False, "shipping", "shipping", mm, l=l)

# -------------------------------------------------- Switzerland and customs
for m, mm, l in [
    ("do I pay customs when ordering to switzerland?", ["8.1%"], "en"),
    ("my basket is about 150 euros, shipping to zurich, how much will swiss post want", ["CHF 24"], "en"),
    ("what happens if i refuse the parcel because of the fees", ["€25"], "en"),
    ("can you pay the swiss vat for me so I don't get a bill", ["cannot pay"], "en"),
    ("small order, around 40 francs, will there be customs?", ["CHF 62"], "en"),
    ("how do i return something from switzerland, is it free?", ["not free"], "en"),
    ("muss ich zoll zahlen wenn ich in die schweiz bestelle?", ["8.1%"], "de"),
    ("je suis à genève, est-ce que je paie la douane en plus ?", ["8.1%"], "fr"),
    ("la tva italienne est déduite pour la suisse ?", ["22%"], "fr"),
    ("abito a lugano, devo pagare la dogana?", ["8.1%"], "it"),
]:
    c(m, False, "shipping", "swiss-customs", mm, l=l)
c("is scatola available in switzerland?", False, "account", "scatola", ["not available"])
c("gibt es die scatola box auch in der schweiz?", False, "account", "scatola", [], l="de")

# ------------------------------------------------------------------- returns
for m, mm, l in [
    ("whats ur return policy", ["30 days"], "en"),
    ("I opened a mascara and I don't like it, can I send it back?", ["cannot be returned"], "en"),
    ("can i return a perfume if i sprayed it once just to try", ["tested"], "en"),
    ("how do i return something, i don't have a printer", ["QR code"], "en"),
    ("is the return label free from france?", ["€5.90"], "en"),
    ("paid with klarna, what happens if I return half of it", ["Klarna"], "en"),
    ("can I exchange a lipstick for another colour?", ["new order"], "en"),
    ("i ordered as a guest, how do i make a return", ["rosaselvatica.it/resi"], "en"),
    ("I paid cash on delivery, how do I get the money back if I return something", ["IBAN"], "en"),
    ("hi, can I return stuff from malta or is it a hassle? how much is it", ["€5.90"], "en-mt"),
    ("quanti giorni ho per fare il reso?", ["30"], "it"),
    ("quanto ci mette il rimborso su paypal?", ["1–2"], "it"),
    ("πόσες μέρες έχω για επιστροφή;", ["30"], "el"),
    ("mporw na epistrepsw ena aroma pou den to anoiksa?", ["30"], "el-latn"),
    ("¿cuánto tiempo tengo para devolver un producto?", ["30"], "es"),
    ("¿la devolución desde españa es gratis?", ["5.90"], "es"),
]:
    c(m, False, "return_refund", "returns", mm, l=l)

# -------------------------------------- skin reactions (mild, the policy)
for m, mm, it, l in [
    ("what should i do if a product irritates my skin? asking in general", ["48 hours"], "product_info", "en"),
    ("my cheeks went a bit pink and tingly after the vitamin c serum this morning, it calmed down after a few minutes. is that normal?", ["30 minutes"], "product_info", "en"),
    ("how do i do a patch test before using something new", ["48 hours"], "product_info", "en"),
    ("first night with the retinal serum and my skin feels a bit tight and stingy. keep going or stop?", ["Stop"], "product_info", "en"),
    ("what's the emergency number in switzerland if someone has a bad allergic reaction? just want to know", ["144"], "product_info", "en"),
    ("can I return a cream that gave me a rash? it's opened obviously", ["even if it is opened"], "return_refund", "en"),
    ("ho un po' di rossore dopo la crema nuova, cosa faccio?", ["48"], "product_info", "it"),
    ("posso restituire un siero aperto se mi ha irritato la pelle?", ["30"], "return_refund", "it"),
    ("μου έκανε ερεθισμό η καινούργια κρέμα, τι να κάνω;", ["48"], "product_info", "el"),
    ("me tsouzei ligo to serum me vitamini c, einai fysiologiko?", ["30"], "product_info", "el-latn"),
    ("j'ai quelques rougeurs après le nouveau sérum, que faire ?", ["48"], "product_info", "fr"),
    ("me pica un poco la cara después de la crema nueva, ¿qué hago?", ["48"], "product_info", "es"),
]:
    c(m, False, it, "skin-reaction", mm, l=l)

# ------------------------------------------ damaged parcel, the first report
for m, mm, l in [
    ("my perfume bottle arrived smashed, the box smells amazing but it's empty", ["7 days"], "en"),
    ("the pump on my serum doesn't work at all", ["faulty"], "en"),
    ("parcel arrived soaked, the toner leaked all over my mascara and lipstick", ["other items"], "en"),
    ("do i have to send the broken bottle back to you?", ["Do not send anything back"], "en"),
    ("the box was all crushed when the driver brought it, should i have refused it?", ["with reserve"], "en"),
    ("il profumo è arrivato rotto", [MAIL], "it"),
    ("το άρωμα ήρθε σπασμένο", [MAIL], "el"),
    ("mon colis est arrivé abîmé et le flacon fuit", ["7"], "fr"),
    ("la paleta de sombras llegó rota", [MAIL], "es"),
]:
    c(m, False, "complaint", "damaged-parcel", mm, l=l)

# ----------------------------------------- delivery problems, first report
for m, mm, it, l in [
    ("tracking says delivered but there's nothing here", ["concierge"], "complaint", "en"),
    ("BRT sent me a message at 11:40 saying my parcel was delivered but I was working from home all morning and nobody rang, there's nothing at the door or in the letterbox and our building has no portineria. what am I supposed to do now??", ["next working day"], "complaint", "en"),
    ("MaltaPost says delivered but there's nothing in the letterbox, my mum was home all day in Naxxar", ["next working day"], "complaint", "en-mt"),
    ("one product is missing from my parcel", ["separate envelope"], "complaint", "en"),
    ("you sent me shade 310W but I ordered 220N", ["7 days"], "complaint", "en"),
    ("my parcel is late, it's been over a week", ["5 working days"], "shipping", "en"),
    ("i didn't pick up my parcel in time and it went back to you, what now", ["€4.90"], "shipping", "en"),
    ("risulta consegnato ma non ho ricevuto niente", ["10"], "complaint", "it"),
    ("λέει ότι παραδόθηκε αλλά δεν έχω πάρει τίποτα", [], "complaint", "el"),
    ("to dema leei paradothike alla den to exw parei", [], "complaint", "el-latn"),
    ("le suivi dit livré mais je n'ai rien reçu", [], "complaint", "fr"),
    ("pone entregado pero no tengo nada", [], "complaint", "es"),
]:
    c(m, False, it, "delivery-problems", mm, l=l)

# ------------------------------------------------------------- Scatola box
for m, mm, it, l in [
    ("how does the scatola box work", ["5 to 6"], "account", "en"),
    ("how much is the beauty box a month", ["€29.90"], "account", "en"),
    ("is there a minimum period on scatola?", ["no minimum"], "account", "en"),
    ("how do i cancle my scatola", ["Cancel Scatola"], "account", "en"),
    ("not cancelling yet, just curious: if I cancel on the 27th do I still pay for next month?", ["25th"], "account", "en"),
    ("how do I skip december's box? still have too much stuff", ["Skip next box"], "account", "en"),
    ("can i pause the box while i'm travelling for 2 months", ["1, 2 or 3 months"], "account", "en"),
    ("can I pay the box with klarna or satispay", ["PayPal"], "account", "en"),
    ("if I cancel the 6 month plan halfway do i get money back?", ["not refunded"], "account", "en"),
    ("no need for a person, just tell me how to pause it", ["Pause"], "account", "en"),
    ("can I give a scatola to my sister as a present?", ["€89"], "account", "en"),
    ("if I cancel today will I still get the box you charged on the 1st?", ["still sent"], "account", "en"),
    ("can i send back stuff from the box i don't like?", ["cannot be returned"], "return_refund", "en"),
    ("come disdico la scatola?", [], "account", "it"),
    ("posso mettere in pausa l'abbonamento per un po'?", ["3"], "account", "it"),
    ("quanto costa la scatola al mese?", ["29.90"], "account", "it"),
    ("πώς ακυρώνω τη συνδρομή scatola;", [], "account", "el"),
    ("comment mettre la box en pause ?", ["3"], "account", "fr"),
    ("¿cómo cancelo la suscripción de la caja?", [], "account", "es"),
    ("kif nista' nikkanċella l-Iscatola?", [], "account", "mt"),
]:
    c(m, False, it, "scatola", mm, l=l)

# ------------------------------------------------------ Petali loyalty points
for m, mm, l in [
    ("how do petali points work", ["1 point"], "en"),
    ("how much are 100 points worth", ["€5"], "en"),
    ("when do my points show up? ordered last week", ["30 days"], "en"),
    ("do points expire?", ["12 months"], "en"),
    ("what do i get at the rosa level", ["free gift wrapping"], "en"),
    ("can i give my points to my mum", ["transferred"], "en"),
    ("bought something in the studio but forgot to give my email, can i still get the points?", ["Claim points"], "en"),
    ("I returned a lipstick and my points went down, why?", ["removed"], "en"),
    ("quanti punti servono per avere lo sconto?", ["100"], "it"),
    ("πόσους πόντους παίρνω για κάθε ευρώ;", ["1"], "el"),
    ("pws mazevw pontous?", [], "el-latn"),
    ("¿caducan los puntos?", ["12"], "es"),
]:
    c(m, False, "account", "loyalty", mm, l=l)

# ------------------------------------------------------------------- payment
for m, mm, l in [
    ("what payment methods do you take", ["PayPal"], "en"),
    ("can i pay in 3 instalments?", ["Klarna"], "en"),
    ("can I pay cash on delivery in athens?", ["€3.00"], "en"),
    ("when is my card actually charged", ["dispatch"], "en"),
    ("there are 2 payments for the same order on my card, is that a mistake?", ["5–7 working days"], "en"),
    ("my card got declined twice, what now", ["3-D Secure"], "en"),
    ("posso pagare in contrassegno?", ["3.00"], "it"),
    ("γίνεται πληρωμή με αντικαταβολή;", ["3.00"], "el"),
    ("¿puedo pagar con bizum?", [], "es"),
    ("in welcher währung wird meine schweizer karte belastet?", [], "de"),
]:
    c(m, False, "payment", "payment", mm, l=l)

# ------------------------------------------------------------------ invoices
for m, mm, l in [
    ("where can i download my receipt", ["Download receipt"], "en"),
    ("i need an invoice for my company in athens, we have an AFM", ["VAT number"], "en"),
    ("forgot to tick the invoice box, ordered 3 weeks ago. can you still do a fattura?", ["10th of the month after"], "en"),
    ("the invoice has a typo in the company name, can it be fixed?", ["credit note"], "en"),
    ("come richiedo la fattura elettronica?", [], "it"),
    ("ho dimenticato di chiedere la fattura, si può ancora fare?", ["10"], "it"),
    ("χρειάζομαι τιμολόγιο με ΑΦΜ, πώς το ζητάω;", [], "el"),
]:
    c(m, False, "payment", "invoices", mm, l=l)

# ---------------------------------------------------------------- gift cards
for m, mm, l in [
    ("how long is a gift card valid", ["24 months"], "en"),
    ("how do i check my gift card balance", ["rosaselvatica.it/buono"], "en"),
    ("can I schedule the gift card to arrive on her birthday next month", ["3 months"], "en"),
    ("my friend says she didn't get the gift card I sent her yesterday, what do I do?", ["Resend gift card"], "en"),
    ("quanto dura il buono regalo?", ["24"], "it"),
    ("πόσο καιρό ισχύει η δωροκάρτα;", ["24"], "el"),
    ("¿puedo usar la tarjeta regalo en la tienda de milán?", [], "es"),
]:
    c(m, False, "payment", "gift-cards", mm, l=l)

# ----------------------------------------------------------- discount codes
for m, mm, l in [
    ("do you have a welcome discount?", ["10%"], "en"),
    ("my code says not valid for these products??", ["excluded"], "en"),
    ("the price dropped the day after I bought it, can I get the difference back?", ["do not refund the difference"], "en"),
    ("c'è uno sconto se mi iscrivo alla newsletter?", ["10%"], "it"),
    ("έχετε κωδικό έκπτωσης για πρώτη παραγγελία;", ["10%"], "el"),
]:
    c(m, False, "payment", "discount-codes", mm, l=l)

# ---------------------------------------------------- gift wrapping, samples
for m, mm, l in [
    ("do you do gift wrapping? how much", ["€3.50"], "en"),
    ("it's a gift - will the prices be in the parcel?", ["no prices"], "en"),
    ("can my friend return the gift without me finding out?", ["gift receipt"], "en"),
    ("fate la confezione regalo? quanto costa", ["3.50"], "it"),
    ("κάνετε συσκευασία δώρου;", ["3.50"], "el"),
]:
    c(m, False, "product_info", "gift-wrapping", mm, l=l)
for m, mm, l in [
    ("do i get free samples with my order", ["2 free samples"], "en"),
    ("can i buy samples of your perfumes", ["discovery set"], "en"),
    ("forgot to pick my samples at checkout :(", ["skin profile"], "en"),
    ("je peux avoir des échantillons de parfum ?", ["1.5"], "fr"),
    ("¿cuántas muestras gratis dais?", ["60"], "es"),
    ("dinete deigmata dwrean me tin paraggelia?", ["2"], "el-latn"),
]:
    c(m, False, "product_info", "samples", mm, l=l)

# -------------------------------------------------------------- shade matching
for m, mm, it, l in [
    ("what does the N in 220N mean", ["neutral"], "product_info", "en"),
    ("how do I find my foundation shade online", ["rosaselvatica.it/tono"], "product_info", "en"),
    ("can i send you a selfie to match my shade", ["2 working days"], "product_info", "en"),
    ("I'm between 120N and 220N, how should I test", ["jawline"], "product_info", "en"),
    ("I opened my pelle nuda 120N and it's too light, can I swap it?", ["Shade swap"], "return_refund", "en"),
    ("I opened a foundation from another brand and the shade is wrong, can I return it", ["unopened"], "return_refund", "en"),
    ("come trovo la mia tonalità di fondotinta?", [], "product_info", "it"),
    ("il fondotinta è troppo scuro, l'ho già aperto, posso cambiarlo?", ["30"], "return_refund", "it"),
    ("¿puedo cambiar la base si el tono no es el mío?", ["30"], "return_refund", "es"),
]:
    c(m, False, it, "shade-matching", mm, l=l)

# ------------------------------------------------- ingredients, vegan etc.
for m, mm, l in [
    ("are your products vegan?", ["100% vegan"], "en"),
    ("do you test on animals", ["Leaping Bunny"], "en"),
    ("where can i see the full ingredients list", ["INCI"], "en"),
    ("i'm allergic to nuts, anything i should watch out for?", ["sweet almond oil"], "en"),
    ("are the other brands you sell vegan too?", ["Vegan"], "en"),
    ("is the lipstick gluten free? coeliac here", ["gluten-free"], "en"),
    ("i'm 4 months pregnant, can i keep using retinol?", ["not recommended"], "en"),
    ("i vostri prodotti sono vegani?", ["100%"], "it"),
    ("είναι τα προϊόντα σας vegan;", ["100%"], "el"),
    ("¿los productos son veganos?", ["100%"], "es"),
]:
    c(m, False, "product_info", "ingredients", mm, l=l)

# ----------------------------------------------- shelf life, sun, hair etc.
for m, mm, l in [
    ("what does 12M on the jar mean", ["period after opening"], "en"),
    ("how long does mascara last after opening", ["3–6 months"], "en"),
    ("my vitamin c serum turned dark orange, still ok to use?", ["oxidised"], "en"),
    ("can i use last summer's sunscreen, it's half full", ["12 months"], "en"),
    ("combien de temps se conserve un parfum ouvert ?", ["36"], "fr"),
]:
    c(m, False, "product_info", "shelf-life", mm, l=l)
for m, mm, l in [
    ("how much sunscreen should i put on my face", ["half a teaspoon"], "en"),
    ("I'm 34 with combination skin, is SPF 30 enough for the city or do i need SPF 50?", ["high"], "en"),
    ("what sunscreen for a 2 year old", ["Sole Bimbi"], "en"),
    ("do i really need spf in winter if i use retinol", ["also in winter"], "en"),
    ("τι αντηλιακό να πάρω για παιδί 3 ετών;", ["50+"], "el"),
    ("¿qué significa resistente al agua en la crema solar?", ["20"], "es"),
]:
    c(m, False, "product_info", "sun-care", mm, l=l)
for m, mm, l in [
    ("what's good for dry ends", ["Olio Capelli"], "en"),
    ("how long do I leave the hair mask in", ["5–10 minutes"], "en"),
    ("I've been losing a lot of hair for a month, which shampoo helps?", ["dermatologist"], "en"),
    ("cosa consigliate per capelli ricci?", [], "it"),
]:
    c(m, False, "product_info", "hair-care", mm, l=l)
for m, mm, l in [
    ("what's a basic skincare routine", ["sunscreen"], "en"),
    ("can I use vitamin c and retinal together", ["morning"], "en"),
    ("how often should i use retinal at the start", ["2–3 nights"], "en"),
    ("i think i might have rosacea, what should i buy", ["dermatologist"], "en"),
    ("che routine mi consigliate per la pelle secca?", [], "it"),
    ("έχω λιπαρό δέρμα, τι να χρησιμοποιήσω;", [], "el"),
]:
    c(m, False, "product_info", "skin-advice", mm, l=l)
for m, mm, l in [
    ("difference between edp and edt?", ["6–8 hours"], "en"),
    ("can you engrave a perfume bottle", ["15 characters"], "en"),
    ("if I buy the discovery set, does the money come off a full bottle later?", ["60 days"], "en"),
    ("fate l'incisione sul flacone del profumo?", ["15"], "it"),
    ("¿cuánto dura un eau de toilette en la piel?", ["3–5"], "es"),
]:
    c(m, False, "product_info", "perfume", mm, l=l)
for m, mm, l in [
    ("when will sole bimbi be back in stock?", ["Notify me"], "en"),
    ("will the tramonto palette be restocked?", ["not restocked"], "en"),
    ("can you keep a perfume aside for me at the studio till saturday", ["48 hours"], "en"),
    ("my order has a pre-order item, will the other stuff come first?", ["complete"], "en"),
    ("le fond de teint 310W est en rupture, il revient quand ?", ["2–4"], "fr"),
]:
    c(m, False, "product_info", "availability", mm, l=l)

# ------------------------------------------------------------------- account
for m, mm, l in [
    ("forgot my pasword", ["Forgot password?"], "en"),
    ("reset link says expired", ["60 minutes"], "en"),
    ("never got the reset email", ["spam"], "en"),
    ("it says my account is locked, too many tries", ["30 minutes"], "en"),
    ("I ordered as a guest before, will I see those orders if I make an account?", ["same e-mail address"], "en"),
    ("ho dimenticato la password", ["60"], "it"),
    ("ksexasa ton kwdiko mou, ti kanw?", [], "el-latn"),
]:
    c(m, False, "account", "account", mm, l=l)
for m, mm, l in [
    ("how do I delete my account", ["Delete my account"], "en"),
    ("how do I download all the data you have on me", ["Download my data"], "en"),
    ("come cancello il mio account?", ["30"], "it"),
    ("a chi scrivo per una richiesta privacy?", ["privacy@rosaselvatica.it"], "it"),
    ("πώς διαγράφω τον λογαριασμό μου;", [], "el"),
]:
    c(m, False, "account", "privacy", mm, l=l)

# ------------------------------------------------- order changes, the policy
for m, mm, l in [
    ("how long do I have to cancel an order? not yet, just checking", ["1 hour"], "en"),
    ("if I order tonight can I still change the address tomorrow morning?", ["9:00"], "en"),
    ("if an order gets cancelled, when do i get my money", ["3 working days"], "en"),
    ("I forgot to use my discount code, can it be added afterwards?", ["cannot be added"], "en"),
    ("entro quando posso annullare un ordine?", ["1"], "it"),
    ("¿hasta cuándo se puede cancelar un pedido?", ["9:00"], "es"),
]:
    c(m, False, "order_status", "order-changes", mm, l=l)

# ------------------------------------------------- products (data answers)
for m, mm, l in [
    ("how much is the vitamin c serum?", ["39"], "en"),
    ("how strong is the vitamin c in siero luminoso c15?", ["15%"], "en"),
    ("price of acqua di brera 100 ml", ["125"], "en"),
    ("is the 50 ml acqua di brera the 1.7 oz one? how much", ["89"], "en"),
    ("what does fico nero n°3 smell like", ["black fig"], "en"),
    ("does pelle nuda foundation have spf in it", ["SPF 15"], "en"),
    ("is the ciglia infinite mascara ok with contact lenses", ["contact lens"], "en"),
    ("how much retinal is in notte retinal 0.2", ["0.2%"], "en"),
    ("is crema ricca fragrance free? very sensitive skin", ["fragrance-free"], "en"),
    ("sole bimbi spf 50+ price?", ["19.9"], "en"),
    ("which bacio lipstick is the red one, N°07 or N°12?", ["Ciliegia"], "en"),
    ("is velo solare SPF 50 water resistant", ["water resistant"], "en"),
    ("does the 100 ml acqua di brera come in 3.4 oz", ["3.4"], "en"),
    ("quanto costa il siero alla vitamina C?", ["39"], "it"),
    ("πόσο κάνει το άρωμα fico nero;", ["95"], "el"),
    ("poso kanei to velo solare spf 50 sta 50ml?", ["24.9"], "el-latn"),
    ("combien coûte le shampoing delicato 250 ml ?", ["16"], "fr"),
    ("¿cuánto cuesta la máscara ciglia infinite?", ["19.5"], "es"),
    ("kemm jiswa l-profumu Neroli di Capri?", ["49"], "mt"),
]:
    c(m, False, "product_info", None, mm, l=l)
c("is the pelle nuda 310W out of stock? it's my shade", False, "product_info", None)
c("do you still have the tramonto palette? 9 shades one", False, "product_info", None)

# ------------------------------------------------------- order status (data)
for m, mm, mnm, l, cu in [
    ("where is my order RS-73042-IT?", ["shipped", "068312045571902"], [], "en", "u9001"),
    ("rs73042 tracking??", ["068312045571902"], [], "en", "u9001"),
    ("dov'è il mio ordine RS 73042 IT?", ["068312045571902"], [], "it", "u9001"),
    ("status of my order please", ["shipped"], [], "en", "u9001"),
    ("did my shampoo order from august arrive?", ["delivered"], [], "en", "u9001"),
    ("πού είναι η παραγγελία μου RS-73055-GR;", ["7301928845"], [], "el", "u9002"),
    ("pou einai i paraggelia mou 73055? to aroma", ["7301928845"], [], "el-latn", "u9002"),
    ("hi, any news on my order #RS-72911? been waiting since last week", ["RB204518733MT"], [], "en-mt", "u9008"),
    ("¿dónde está mi pedido RS-73060-ES?", ["09312048810467"], [], "es", "u9021"),
    ("où en est ma commande rs-73071-fr ?", ["6A23020117364"], [], "fr", "u9022"),
    ("wo ist meine bestellung RS-73018-CH", ["CP482019375IT"], [], "de", "u9003"),
    ("has order RS-73101-IT been sent yet?", ["paid"], [], "en", "u9005"),
    ("my order RS-73140-MT says pending, did the payment go through?", ["pending"], [], "en-mt", "u9019"),
    ("just checking RS-73000-ES really got cancelled", ["cancelled"], [], "en", "u9030"),
    ("was RS-72390-FR refunded?", ["refunded"], [], "en", "u9004"),
    ("when does my express order 73105 arrive", ["068312045601223"], [], "en", "u9037"),
    ("order 73080, the fico nero, where is it now?", ["RB204603519MT"], [], "en-mt", "u9038"),
    ("το RS-72965-GR πού βρίσκεται;", ["7301924470"], [], "el", "u9033"),
    ("ordine 73066 spedito?", ["068312045277403"], [], "it", "u9042"),
    ("did my order to malta arrive? the shampoo and hair oil", ["delivered"], [], "en-mt", "u9029"),
    ("ist RS-73110-CH schon verschickt?", [], [], "de", "u9032"),
    ("η παραγγελία RS-73122-GR είναι σε εκκρεμότητα, γιατί;", [], [], "el", "u9040"),
    ("l'ordine RS-73135-IT è già partito?", [], [], "it", "u9026"),
    ("RS73095GR den exei fygei akoma?", [], [], "el-latn", "u9023"),
    ("tracking number for my scatola box please", ["068312045230981"], [], "en", "u9035"),
    ("mon fond de teint est arrivé ? commande 72930", ["6A23019736581"], [], "fr", "u9027"),
]:
    c(m, False, "order_status", None, mm, mnm, l=l, cu=cu)
# someone else's order / no such order / no number
for m, mnm, l in [
    ("where is order RS-73042-IT?", ["068312045571902"], "en"),
    ("où est la commande RS-73071-FR ?", ["6A23020117364"], "fr"),
    ("dov'è l'ordine RS-74999-IT?", [], "it"),
    ("¿dónde está mi pedido? unas barras de labios, lo pedí hace 2 semanas", ["09312046120938"], "es"),
]:
    c(m, False, "order_status", None, [], mnm, l=l)
# orders whose timing a page explains
c("when will RS-73101-IT leave? I ordered this morning at 9", False, "order_status", "shipping", ["14:00"], cu="u9005")
c("will I have to pay anything to swiss post when RS-73018-CH arrives?", False, "shipping", "swiss-customs", ["8.1%"], cu="u9003")
c("muss ich für RS-73110-CH bei der post noch etwas zahlen?", False, "shipping", "swiss-customs", ["8.1%"], l="de", cu="u9032")

# ============================================================ hand-overs
# --------------------------------------------- explicit asks for a person
for m, l in [
    ("can I talk to a real person", "en"),
    ("human please", "en"),
    ("operator", "en"),
    ("I'd like to speak with someone from the studio", "en"),
    ("could one of your skin therapists call me?", "en"),
    ("can i talk to Giulia? she did my facial on saturday", "en"),
    ("please have someone ring me on +39 333 918 2044, after 5 is best", "en"),
    ("id rather talk to a human tbh", "en"),
    ("get me someone who actually knows about skincare, not a bot", "en"),
    ("I would like to be contacted by a member of your staff regarding my order.", "en"),
    ("cn i speek to a persn pls", "en"),
    ("hi, can I speak to someone pls? easier than typing all this", "en-mt"),
    ("can someone call me back? 7912 4455", "en-mt"),
    ("posso parlare con un operatore?", "it"),
    ("vorrei parlare con una persona vera", "it"),
    ("mi fate richiamare? 347 118 2290", "it"),
    ("operatore!!", "it"),
    ("c'è qualcuno in carne e ossa?", "it"),
    ("vorrei parlare con un'estetista dello studio", "it"),
    ("θέλω να μιλήσω με έναν άνθρωπο", "el"),
    ("μπορεί κάποιος να με πάρει τηλέφωνο;", "el"),
    ("υπάλληλο παρακαλώ", "el"),
    ("thelw na milisw me kapoion anthrwpo", "el-latn"),
    ("mporei na me parei kapoios tilefono?", "el-latn"),
    ("je voudrais parler à un conseiller", "fr"),
    ("est-ce qu'une vraie personne peut m'aider ?", "fr"),
    ("rappelez-moi svp au 06 12 44 87 30", "fr"),
    ("quiero hablar con una persona", "es"),
    ("¿me puede llamar alguien?", "es"),
    ("pásame con un agente por favor", "es"),
    ("nixtieq nitkellem ma' persuna", "mt"),
    ("jista' xi ħadd iċemplili?", "mt"),
    ("ich möchte mit einem mitarbeiter sprechen", "de"),
    ("kann mich jemand zurückrufen?", "de"),
]:
    c(m, True, "human_request", None, l=l)

# --------------------------------------------- press and partnerships
for m, l in [
    ("I'm a beauty editor at a women's magazine in Milan, who can I speak to about a feature on your studio?", "en"),
    ("we run a boutique hotel in Valletta and would like to put your products in our rooms, who can we talk to?", "en-mt"),
    ("sono un'influencer con 60k follower, vorrei collaborare con voi, con chi posso parlare?", "it"),
    ("είμαι δημοσιογράφος σε περιοδικό ομορφιάς, με ποιον μπορώ να μιλήσω;", "el"),
    ("nous sommes un spa à Lyon et aimerions revendre vos produits, pouvez-vous me mettre en contact avec quelqu'un ?", "fr"),
]:
    c(m, True, "human_request", "contact", l=l)

# -------------------------------------------- cancel or change an order
for m, it, art, l, cu in [
    ("please cancel my order RS-73101-IT", "order_status", "order-changes", "en", "u9005"),
    ("annullate l'ordine RS-73101-IT per favore, ho sbagliato tonalità", "order_status", "order-changes", "it", "u9005"),
    ("can you change the address on RS-73120-ES? I moved to Valencia last week", "order_status", "order-changes", "en", "u9011"),
    ("¿podéis cambiar la dirección del pedido RS-73120-ES?", "order_status", "order-changes", "es", "u9011"),
    ("pouvez-vous remplacer le fond de teint 120N par le 220N dans ma commande RS-73115-FR ?", "order_status", "order-changes", "fr", "u9012"),
    ("can you swap the blush in RS-73115-FR for the N°12 lipstick instead", "order_status", "order-changes", "en", "u9012"),
    ("μπορείτε να αλλάξετε τη διεύθυνση στην παραγγελία RS-73095-GR;", "order_status", "order-changes", "el", "u9023"),
    ("potete aggiungere la confezione regalo all'ordine RS-73135-IT? è per mia madre", "order_status", "order-changes", "it", "u9026"),
    ("please add a Velo Solare SPF 50 to RS-73140-MT before you send it", "order_status", "order-changes", "en-mt", "u9019"),
    ("annullate il mio ordine 73150 in contrassegno, non mi serve più", "order_status", "order-changes", "it", "u9031"),
    ("akyrwste tin paraggelia RS-73122-GR parakalw", "order_status", "order-changes", "el-latn", "u9040"),
    ("bitte storniert RS-73110-CH, der zoll ist mir zu teuer", "order_status", "order-changes", "de", "u9032"),
    ("can you redirect RS-73042-IT to my office in via dante instead", "order_status", "order-changes", "en", "u9001"),
    ("my parcel RS-72904-IT went back to you because I was away, please send it again", "order_status", "delivery-problems", "en", "u9028"),
    ("rispeditemi il pacco 72904 per favore, è tornato indietro", "order_status", "delivery-problems", "it", "u9028"),
    ("I want my money back for the sunscreen and cleanser in RS-72515-FR", "return_refund", "returns", "en", "u9034"),
    ("please refund the foundation from RS-72930-FR, the shade just doesn't suit me", "return_refund", "shade-matching", "en", "u9027"),
    ("please send the gift card from RS-73130-IT to giulia.r@gmail.com instead, I typed her email wrong", "payment", "gift-cards", "en", "u9015"),
    ("cancel my scatola for me please, the app keeps crashing", "account", "scatola", "en", "u9035"),
    ("potete disdire voi la mia scatola? non riesco a entrare nell'account", "account", "scatola", "it", None),
    ("μπορείτε να μου ακυρώσετε εσείς τη συνδρομή scatola;", "account", "scatola", "el", None),
    ("skip my december box for me please, I'm abroad and can't log in", "account", "scatola", "en", None),
    ("pouvez-vous mettre ma box en pause pour deux mois ? je n'y arrive pas", "account", "scatola", "fr", None),
    ("I want to cancel my 6-month scatola and get the rest of the money back", "account", "scatola", "en", "u9041"),
    ("please cancel my facial tomorrow at 11, I lost the sms", "product_info", "studio", "en", None),
    ("potete spostare il mio appuntamento di sabato a martedì?", "product_info", "studio", "it", None),
    ("cancel my bridal trial on the 22nd for me please, the wedding is off", "product_info", "studio", "en", None),
]:
    c(m, True, it, art, l=l, cu=cu)

# --------------------------------------------- things only staff can do
E = []  # (message, intent, article, lang, customer)
E += [  # charged twice / unknown charge
    ("you charged me twice for RS-72877-ES, 78.80 two times, and both are still on my statement after 10 days", "payment", "payment", "en", "u9006"),
    ("me habéis cobrado dos veces el mismo pedido y ya han pasado diez días, no es una retención", "payment", "payment", "es", "u9006"),
    ("μου χρεώσατε δύο φορές την ίδια παραγγελία και έχουν περάσει 2 εβδομάδες", "payment", "payment", "el", None),
    ("mi avete addebitato due volte lo stesso ordine, non è una preautorizzazione, sono passati 12 giorni e ho l'estratto conto", "payment", "payment", "it", None),
    ("there's a charge from rosa selvatica on my card and I've never ordered anything from you", "payment", None, "en", None),
]
E += [  # charged after cancelling an order
    ("I cancelled RS-72999-IT on the 5th and the 61 euros were still taken, it's not pending, it's booked", "payment", "order-changes", "en", "u9014"),
    ("ho annullato l'ordine RS-72999-IT ma mi avete addebitato lo stesso 61 euro", "payment", "order-changes", "it", "u9014"),
    ("cancelé el pedido RS-73000-ES y me cobrasteis igual los 25,90", "payment", "order-changes", "es", "u9030"),
    ("j'ai annulé ma commande la semaine dernière et j'ai quand même été débitée", "payment", "order-changes", "fr", None),
]
E += [  # Scatola charged after cancelling or while paused
    ("I cancelled scatola in october, I have the confirmation email, and you still charged me on 1 november and sent RS-73001-IT", "account", "scatola", "en", "u9009"),
    ("ho disdetto la scatola a ottobre e mi avete addebitato 29,90 lo stesso", "account", "scatola", "it", "u9009"),
    ("I paused my box for 2 months in october and you charged me anyway this month", "account", "scatola", "en", "u9035"),
    ("έχω βάλει το scatola σε παύση αλλά με χρεώσατε κανονικά", "account", "scatola", "el", None),
    ("j'ai résilié la box le 10 octobre et vous m'avez encore prélevé le 1er", "account", "scatola", "fr", None),
]
E += [  # refund missing
    ("I returned the fico nero in september, RS-72390-FR says refunded on 9 october and there's still nothing on my card", "return_refund", "returns", "en", "u9004"),
    ("le remboursement de RS-72390-FR n'est toujours pas arrivé, ça fait plus d'un mois", "return_refund", "returns", "fr", "u9004"),
    ("el reembolso del pedido RS-72690-ES no me ha llegado y hace tres semanas que pone reembolsado", "return_refund", "returns", "es", "u9036"),
    ("Klarna keeps sending me reminders for RS-72888-IT but I sent everything back and it says refunded", "payment", "returns", "en", "u9024"),
    ("aspetto ancora il rimborso del reso, sono passate 5 settimane", "return_refund", "returns", "it", None),
    ("perimenw akoma ta xrimata apo tin epistrofi, perasan 4 evdomades", "return_refund", "returns", "el-latn", None),
]
E += [  # gift card never arrived, invoice still wrong, Swiss customs disputed
    ("I bought a gift card for my friend on the 6th (RS-73130-IT), she never got it, we checked spam and I pressed resend twice", "payment", "gift-cards", "en", "u9015"),
    ("il buono regalo non è mai arrivato, abbiamo guardato nello spam e ho premuto reinvia due volte", "payment", "gift-cards", "it", "u9015"),
    ("second time I ask: the fattura for RS-72555-IT still has the wrong partita iva and our accountant can't use it", "payment", "invoices", "en", "u9020"),
    ("è la seconda volta che scrivo, la fattura dell'ordine RS-72555-IT ha ancora la partita iva sbagliata", "payment", "invoices", "it", "u9020"),
    ("Swiss Post wants CHF 68 for RS-73018-CH, that's way more than 8.1% plus the fee, it can't be right", "shipping", "swiss-customs", "en", "u9003"),
    ("die post verlangt 68 franken für mein paket RS-73018-CH, das stimmt doch nicht", "shipping", "swiss-customs", "de", "u9003"),
    ("la poste suisse m'a facturé la TVA alors que vous m'aviez déjà compté la TVA italienne, je veux que ce soit corrigé", "shipping", "swiss-customs", "fr", None),
]
E += [  # account: not my order, vanished points, deletion, locked out, others' data
    ("there's an order RS-73088-IT for two 100 ml perfumes on my account that I never made", "account", None, "en", "u9016"),
    ("c'è un ordine sul mio account che non ho fatto io, due profumi da 250 euro", "account", None, "it", "u9016"),
    ("υπάρχει μια παραγγελία στον λογαριασμό μου που δεν έκανα εγώ", "account", None, "el", None),
    ("il y a une commande sur mon compte que je n'ai pas passée", "account", None, "fr", None),
    ("I had 420 petali points last week and now it says 0, I haven't used them and my last order was in september", "account", "loyalty", "en", "u9017"),
    ("mi sono spariti tutti i punti petali, ne avevo più di 400", "account", "loyalty", "it", "u9017"),
    ("the points for RS-72700-IT never showed up and it's been almost 2 months", "account", "loyalty", "en", "u9017"),
    ("mis puntos han desaparecido, tenía 350 y no los he usado", "account", "loyalty", "es", None),
    ("oi pontoi mou eksafanistikan, eixa panw apo 300", "account", "loyalty", "el-latn", None),
    ("I deleted my account in august and you still send me newsletters and scatola ads", "account", "privacy", "en", None),
    ("ho chiesto la cancellazione dei miei dati due mesi fa e il mio account è ancora lì", "account", "privacy", "it", None),
    ("j'ai supprimé mon compte il y a six semaines et je reçois encore vos mails", "account", "privacy", "fr", None),
    ("ζήτησα διαγραφή του λογαριασμού πριν 2 μήνες και ακόμα υπάρχει", "account", "privacy", "el", None),
    ("I logged in and I can see someone else's address and orders in my account!", "account", "privacy", "en", None),
    ("tried forgot password 5 times, no email, not in spam either, and my scatola is charging in there", "account", "account", "en", None),
    ("ho fatto password dimenticata mille volte, la mail non arriva nemmeno nello spam", "account", "account", "it", None),
]
E += [  # shade swap used and still wrong; replacement broken again
    ("the shade swap you sent for RS-72830-IT (220N) is also wrong, way too dark, and it says the swap is already used", "return_refund", "shade-matching", "en", "u9039"),
    ("the replacement perfume RS-73077-IT also arrived broken, the box was soaked again", "complaint", "damaged-parcel", "en", "u9010"),
    ("anche il profumo sostitutivo è arrivato rotto, è la seconda volta", "complaint", "damaged-parcel", "it", "u9010"),
]
E += [  # delivered, not received, already looked
    ("RS-72950-IT says delivered on the 4th, I've checked the letterbox, asked the portineria and BRT, nothing for a week", "complaint", "delivery-problems", "en", "u9007"),
    ("risulta consegnato da una settimana, ho chiesto al portiere e ai vicini e al fermopoint, niente", "complaint", "delivery-problems", "it", "u9007"),
    ("το δέμα λέει παραδόθηκε, ρώτησα γείτονες και την ACS, τίποτα εδώ και 5 μέρες", "complaint", "delivery-problems", "el", None),
    ("colissimo dit livré, j'ai demandé aux voisins et au gardien, toujours rien depuis 6 jours", "complaint", "delivery-problems", "fr", None),
    ("MaltaPost says delivered on Monday, I asked the neighbours and went to the post office in Birkirkara, nothing", "complaint", "delivery-problems", "en-mt", None),
    ("SEUR dice entregado, he preguntado a los vecinos y al conserje y nada, ya van cinco días", "complaint", "delivery-problems", "es", None),
]
E += [  # skin reaction getting worse
    ("sorry for the long message. I started the notte retinal serum about 2 weeks ago, 2 nights a week like it says. on sunday my cheeks went red and I stopped straight away and only used a plain moisturiser, but it's wednesday now and it's worse, it burns, it's spreading to my neck and there are little bumps. I don't know what to do", "complaint", "skin-reaction", "en", "u9013"),
    ("μετά τον ορό με ρετινάλη το πρόσωπό μου κοκκίνισε, σταμάτησα πριν 3 μέρες αλλά χειροτερεύει", "complaint", "skin-reaction", "el", "u9013"),
    ("me kokkinise to prosopo meta to serum kai xeirotereuei kathe mera, to exw stamatisei", "complaint", "skin-reaction", "el-latn", None),
    ("ho gli occhi gonfi dopo la crema contorno occhi, il medico dice che è una reazione allergica", "complaint", "skin-reaction", "it", None),
    ("après la crème, j'ai des plaques qui grattent et ça s'étend malgré l'arrêt", "complaint", "skin-reaction", "fr", None),
    ("tengo la cara hinchada desde ayer por la mascarilla de arcilla", "complaint", "skin-reaction", "es", None),
    ("my daughter's face is all blotchy after the kids sunscreen and it's getting worse since yesterday", "complaint", "skin-reaction", "en", None),
]
E += [  # legal threats and staff
    ("I have now written to you four times about the refund for the perfume I sent back in september and every time I get a polite answer saying it's being looked into. if the money is not on my card by friday I'm going to Altroconsumo, I've already started the form", "complaint", None, "en", None),
    ("se non risolvete vi denuncio all'associazione consumatori", "complaint", None, "it", None),
    ("je vais saisir la DGCCRF si ce n'est pas réglé", "complaint", None, "fr", None),
    ("voy a poner una reclamación en consumo", "complaint", None, "es", None),
    ("the beautician at the studio was really rude to me during my facial on saturday", "complaint", None, "en", None),
    ("la ragazza in studio oggi ha trattato malissimo mia madre", "complaint", None, "it", None),
    ("η υπάλληλος στο chat χθες ήταν πολύ αγενής μαζί μου", "complaint", None, "el", None),
    ("das personal im studio war sehr unfreundlich zu mir", "complaint", None, "de", None),
]
for m, it, art, l, cu in E:
    c(m, True, it, art, l=l, cu=cu)

# ================================================== conversations (2-4 turns)
# ---- a question is answered, then a person is asked for
for msgs, art, l in [
    (["how much is shipping to switzerland", "ok. can I talk to someone about the customs part"], "swiss-customs", "en"),
    (["how does scatola work?", "hmm ok, can a human explain it on the phone"], "scatola", "en"),
    (["how much is a skin consultation", "right. I'd like to talk to one of the skin therapists before I book"], "studio", "en"),
    (["what's your return policy", "fine. human please"], "returns", "en"),
    (["how do i find my shade", "can i just speak to a make up artist instead"], "shade-matching", "en"),
    (["what do I do if a product irritates my skin", "i'd like to talk this through with a person please"], "skin-reaction", "en"),
    (["how do petali points work", "can someone call me about my points?"], "loyalty", "en"),
    (["can i get a fattura", "great, can someone from accounts contact our office? we order for 3 salons"], "invoices", "en"),
    (["how does the reaction guarantee work", "ok I want to talk to someone about it"], "skin-reaction", "en"),
    (["how much is shipping to malta", "ok thanks, can I speak to someone? it's about a bigger order for a wedding"], "shipping", "en-mt"),
    (["quanto costa la spedizione?", "ok, posso parlare con un operatore?"], "shipping", "it"),
    (["come funziona la scatola?", "preferisco parlarne con una persona"], "scatola", "it"),
    (["quanto costa la consulenza della pelle?", "mi può chiamare un'estetista? 340 552 1870"], "studio", "it"),
    (["come si fa il reso?", "posso parlare con qualcuno?"], "returns", "it"),
    (["πόσο κοστίζουν τα μεταφορικά για ελλάδα;", "εντάξει, μπορώ να μιλήσω με κάποιον;"], "shipping", "el"),
    (["πώς δουλεύουν οι πόντοι;", "θέλω να μιλήσω με υπάλληλο"], "loyalty", "el"),
    (["pws kanw epistrofi?", "mporw na milisw me kapoion?"], "returns", "el-latn"),
    (["comment fonctionne la box ?", "d'accord, je peux parler à quelqu'un ?"], "scatola", "fr"),
    (["combien coûte la livraison en france ?", "je préfère parler à un conseiller"], "shipping", "fr"),
    (["¿cuánto tiempo tengo para devolver?", "vale, ¿puedo hablar con una persona?"], "returns", "es"),
    (["¿cómo encuentro mi tono de base?", "prefiero hablar con alguien"], "shade-matching", "es"),
    (["muss ich zoll zahlen?", "kann ich mit jemandem darüber sprechen?"], "swiss-customs", "de"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- frustration that builds over the turns (no swearing)
for msgs, it, art, l in [
    (["how much is shipping to switzerland", "but what do I pay when it arrives", "that's not what I asked. do I pay at the door or not?", "third time asking the same thing"], "complaint", "swiss-customs", "en"),
    (["how do I skip a box", "there's no skip button in My Scatola", "I've looked 3 times, it's not there, this isn't helping"], "complaint", "scatola", "en"),
    (["where do I download the receipt", "it's not under my orders", "still not there. you keep sending the same text"], "complaint", "invoices", "en"),
    (["the reset link doesn't work", "I clicked it straight away, it says expired", "this is going in circles, I just want to log in"], "complaint", "account", "en"),
    (["my parcel is late", "yes I checked tracking, it hasn't moved in 6 days", "you're just repeating yourself"], "complaint", "delivery-problems", "en"),
    (["where do I click shade swap", "there's no shade swap button next to my order", "I've told you twice now, the button isn't there"], "complaint", "shade-matching", "en"),
    (["come salto il mese della scatola?", "non c'è nessun pulsante", "è la terza volta che ve lo dico, il pulsante non c'è"], "complaint", "scatola", "it"),
    (["dove scarico la fattura?", "non c'è in I miei ordini", "non mi state aiutando per niente, è la terza volta che chiedo"], "complaint", "invoices", "it"),
    (["il pacco è in ritardo", "ho controllato il tracking, è fermo da una settimana", "continuate a rispondere la stessa cosa"], "complaint", "delivery-problems", "it"),
    (["πώς κάνω παύση στο scatola;", "δεν υπάρχει κουμπί παύσης", "τρίτη φορά σας το γράφω, δεν βοηθάτε"], "complaint", "scatola", "el"),
    (["pou einai to koumpi gia tous pontous?", "den to vriskw", "mou grafete to idio keimeno synexeia"], "complaint", "loyalty", "el-latn"),
    (["je ne reçois pas le mail de réinitialisation", "j'ai vérifié les spams", "ça fait trois fois, ça ne m'aide pas du tout"], "complaint", "account", "fr"),
    (["¿cómo pauso la caja?", "no hay botón de pausa", "es la tercera vez que lo digo, no me estáis ayudando"], "complaint", "scatola", "es"),
    (["what do i pay to swiss post", "but my order is 200 euros", "you're not answering my question at all"], "complaint", "swiss-customs", "en"),
]:
    c(msgs, True, it, art, l=l)
# frustration that ends with an ask for a person
for msgs, art, l in [
    (["my tracking hasn't moved since monday", "yes I checked the link", "ok this is pointless, get me a human"], "delivery-problems", "en"),
    (["how do I change my skin profile for scatola", "I did that, next box still shows the old products", "forget it, let me talk to someone"], "scatola", "en"),
    (["the shade finder keeps crashing", "tried it on the laptop too", "can a real person just help me pick a shade"], "shade-matching", "en"),
    (["il tracking è fermo", "sì, l'ho controllato", "allora passatemi una persona vera"], "delivery-problems", "it"),
    (["το κουμπί επιστροφής δεν δουλεύει", "το δοκίμασα ήδη", "θέλω να μιλήσω με άνθρωπο τώρα"], "returns", "el"),
    (["le code promo ne marche pas", "il n'est pas expiré", "passez-moi un conseiller svp"], "discount-codes", "fr"),
    (["la contraseña no funciona", "ya lo he hecho", "quiero hablar con una persona"], "account", "es"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- an answered question, then the staff-only problem comes out
for msgs, it, art, l, cu in [
    (["how long does a refund take", "well, RS-72390-FR says refunded since 9 october and I have nothing"], "return_refund", "returns", "en", "u9004"),
    (["how do I cancel scatola", "I did that in october, got the email, and you charged me on the 1st anyway"], "account", "scatola", "en", "u9009"),
    (["do you replace perfume that arrives broken?", "you did, and the replacement came broken too"], "complaint", "damaged-parcel", "en", "u9010"),
    (["how does the shade swap work", "I used it already and the new shade is wrong too"], "return_refund", "shade-matching", "en", "u9039"),
    (["when do points show up", "the ones from september never came, it's way past 30 days"], "account", "loyalty", "en", "u9017"),
    (["is VAT included for switzerland?", "then why does swiss post want 68 francs from me for RS-73018-CH?"], "shipping", "swiss-customs", "en", "u9003"),
    (["how do I pause scatola", "I did that in october and you charged me this month anyway"], "account", "scatola", "en", "u9035"),
    (["how do I delete my account", "I did that in august and I still get your newsletters"], "account", "privacy", "en", None),
    (["why do I see 2 payments on my card", "it's been 10 days and both are final on my statement"], "payment", "payment", "en", "u9006"),
    (["what should I do if a cream irritates my skin", "I did all that, stopped 3 days ago, and it's getting worse and spreading"], "complaint", "skin-reaction", "en", "u9013"),
    (["quanto ci vuole per un rimborso?", "ho annullato RS-72999-IT il 5 e mi avete addebitato 61 euro lo stesso"], "payment", "order-changes", "it", "u9014"),
    (["come funziona il reinvio del buono regalo?", "l'ho fatto due volte e non è mai arrivato"], "payment", "gift-cards", "it", "u9015"),
    (["πόσο χρόνο παίρνει η επιστροφή χρημάτων;", "περιμένω ήδη 5 εβδομάδες"], "return_refund", "returns", "el", None),
    (["combien de temps pour un remboursement ?", "j'attends depuis plus d'un mois pour RS-72390-FR"], "return_refund", "returns", "fr", "u9004"),
    (["¿qué hago si pone entregado y no tengo nada?", "ya hice todo eso, vecinos, conserje, SEUR, y nada desde hace una semana"], "complaint", "delivery-problems", "es", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- a problem reported, then it turns out staff are needed
for msgs, it, art, l, cu in [
    (["my perfume arrived broken", "I sent the photos to assistenza 6 days ago and nobody has answered"], "complaint", "damaged-parcel", "en", "u9010"),
    (["tracking says delivered but i have nothing", "I did all that. letterbox, portineria, the BRT point. it's been 5 days", "so what now"], "complaint", "delivery-problems", "en", "u9007"),
    (["swiss post wants money for my parcel", "I paid it 4 days ago in the app and the parcel still hasn't moved"], "shipping", "swiss-customs", "en", "u9003"),
    (["I cancelled an order, when do I get the money?", "it's been 12 days and it's booked, not pending"], "payment", "order-changes", "en", "u9014"),
    (["my face went a bit red after the new serum", "I stopped it 4 days ago like the page says and now my eyelids are swollen"], "complaint", "skin-reaction", "en", None),
    (["il profumo è arrivato rotto", "ho mandato le foto una settimana fa e nessuno mi ha risposto"], "complaint", "damaged-parcel", "it", None),
    (["λείπει ένα προϊόν από το δέμα", "σας έγραψα πριν 10 μέρες και δεν έχει έρθει τίποτα"], "complaint", "delivery-problems", "el", None),
    (["il manque un produit dans mon colis", "je vous ai écrit il y a 8 jours, toujours rien"], "complaint", "delivery-problems", "fr", None),
    (["la base de maquillaje llegó con la tapa rota", "mandé las fotos hace una semana y nadie contesta"], "complaint", "damaged-parcel", "es", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- change requests inside a conversation
for msgs, it, art, l, cu in [
    (["can i still cancel an order i placed this morning?", "ok then please cancel RS-73101-IT"], "order_status", "order-changes", "en", "u9005"),
    (["until when can an order be changed", "great, please swap the 120N foundation in RS-73115-FR for 220N"], "order_status", "order-changes", "en", "u9012"),
    (["where is my order RS-73042-IT", "can you send it to my parents' address instead, I'm not home this week"], "order_status", "order-changes", "en", "u9001"),
    (["posso ancora modificare l'ordine?", "allora aggiungete un Velo Solare all'ordine RS-73135-IT"], "order_status", "order-changes", "it", "u9026"),
    (["μπορώ να ακυρώσω μια παραγγελία;", "τότε ακυρώστε την RS-73122-GR"], "order_status", "order-changes", "el", "u9040"),
    (["¿se puede cambiar la dirección de un pedido?", "pues cambiad la de RS-73120-ES a calle Colón 14, Valencia"], "order_status", "order-changes", "es", "u9011"),
    (["how do returns work", "ok, just refund the velo solare from RS-72515-FR to my card please"], "return_refund", "returns", "en", "u9034"),
    (["how do I cancel scatola", "can you just do it for me, I'm on my phone and it won't load"], "account", "scatola", "en", "u9035"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- follow-ups the assistant answers itself (no hand-over)
for msgs, it, art, mm, l in [
    (["hi", "how much is shipping to france?"], "shipping", "shipping", ["€7.90"], "en"),
    (["do you ship to switzerland", "do i pay customs on top?"], "shipping", "swiss-customs", ["8.1%"], "en"),
    (["what's scatola", "and if I want to stop it, how?"], "account", "scatola", ["Cancel Scatola"], "en"),
    (["can i return make up", "what about a mascara I opened?"], "return_refund", "returns", ["opened"], "en"),
    (["i want to talk to someone", "actually never mind, just tell me if the studio is open saturday"], "other", "studio", ["10:00–18:00"], "en"),
    (["human please", "no wait, forget it. what's the phone number, I'll call myself"], "other", "contact", [PH], "en"),
    (["is this chat a bot?", "ok, and when are people here?"], "other", "contact", ["9:00–19:00"], "en"),
    (["no I don't need a person", "just tell me how long a gift card is valid"], "payment", "gift-cards", ["24 months"], "en"),
    (["my perfume arrived broken", "do i have to send it back?"], "complaint", "damaged-parcel", ["Do not send anything back"], "en"),
    (["BRT says delivered but I have nothing", "ok, should I wait or write to you now?"], "complaint", "delivery-problems", ["next working day"], "en"),
    (["do you have a vitamin c serum?", "how much is it?"], "product_info", None, ["39"], "en"),
    (["what's the weather in milan", "ok never mind. how much is a skin consultation?"], "product_info", "studio", ["€35"], "en"),
    (["how do petali points work", "and when do they expire?"], "account", "loyalty", ["12 months"], "en"),
    (["my skin is a bit red after the new cream", "should I keep using it?"], "product_info", "skin-reaction", ["Stop"], "en"),
    (["hi there", "how much is shipping to Malta, and is it free from some amount?"], "shipping", "shipping", ["€79"], "en-mt"),
    (["ciao", "quanto costa la spedizione in italia?"], "shipping", "shipping", ["4.90"], "it"),
    (["voglio parlare con qualcuno", "no lasciate stare, qual è il vostro numero di telefono?"], "other", "contact", [PH], "it"),
    (["non mi serve un operatore", "ditemi solo come metto in pausa la scatola"], "account", "scatola", [], "it"),
    (["come funziona la scatola?", "e si può regalare?"], "account", "scatola", ["89"], "it"),
    (["γεια σας", "πόσο καιρό ισχύει η δωροκάρτα;"], "payment", "gift-cards", ["24"], "el"),
    (["den thelw anthrwpo", "pes mou mono ti ores einai anoixto to studio to savvato"], "other", "studio", ["10:00"], "el-latn"),
    (["bonjour", "combien de temps ai-je pour un retour ?"], "return_refund", "returns", ["30"], "fr"),
    (["je n'ai pas besoin d'un conseiller", "dites-moi juste comment résilier la box"], "account", "scatola", [], "fr"),
    (["hola", "¿cuánto cuesta el envío a españa?"], "shipping", "shipping", ["7.90"], "es"),
    (["grüezi", "was kostet der versand in die schweiz?"], "shipping", "shipping", ["14.90"], "de"),
]:
    c(msgs, False, it, art, mm, l=l)
# order follow-ups with the customer's own orders
for msgs, mm, l, cu in [
    (["hi, where's my order", "the number is rs 73042"], ["068312045571902"], "en", "u9001"),
    (["ciao, il mio pacco non è ancora arrivato", "numero ordine RS-73042-IT"], ["068312045571902"], "it", "u9001"),
    (["πού είναι το δέμα μου;", "RS-73055-GR"], ["7301928845"], "el", "u9002"),
    (["où est mon colis ?", "c'est la commande 73071"], ["6A23020117364"], "fr", "u9022"),
    (["hello, my order hasn't come yet", "#RS-73080 the perfume"], ["RB204603519MT"], "en-mt", "u9038"),
]:
    c(msgs, False, "order_status", None, mm, l=l, cu=cu)

# ---- more ways of asking for a person
for m, l in [
    ("is there anyone who could look at this with me?", "en"),
    ("honestly I think this needs a human", "en"),
    ("rather not explain this to a bot. someone from the team please", "en"),
    ("could a skin therapist phone me tomorrow morning? +39 349 771 0328", "en"),
    ("who's the manager there, I want to talk to them", "en"),
    ("Good afternoon. Would it be possible to speak with one of your beauty advisers? Kind regards, M. Borg", "en-mt"),
    ("real human plz no bot", "en"),
    ("mi passate qualcuno del servizio clienti?", "it"),
    ("vorrei essere richiamata da una consulente, è più facile spiegarlo a voce", "it"),
    ("υπάρχει κάποιος άνθρωπος εκεί;", "el"),
    ("thelw ypallilo, oxi bot", "el-latn"),
    ("j'aimerais être rappelée par quelqu'un de l'équipe", "fr"),
    ("¿hay alguien real ahí?", "es"),
    ("gibt es hier einen echten menschen?", "de"),
]:
    c(m, True, "human_request", None, l=l)
# greeting first, then the ask; or asking again
for msgs, l in [
    (["hi", "can i speak to a person please"], "en"),
    (["human", "HUMAN", "hello?? a real person please"], "en"),
    (["agent", "i said agent"], "en"),
    (["ciao", "posso parlare con qualcuno?"], "it"),
    (["buonasera", "c'è un'estetista che può richiamarmi domani?"], "it"),
    (["operatore", "OPERATORE", "per favore, una persona"], "it"),
    (["καλησπέρα", "θα ήθελα να μιλήσω με κάποιον υπάλληλο"], "el"),
    (["geia", "thelw na milisw me anthrwpo"], "el-latn"),
    (["bonjour", "je voudrais parler à quelqu'un svp"], "fr"),
    (["hola", "¿puedo hablar con alguien del equipo?"], "es"),
    (["bongu", "nixtieq nitkellem ma' xi ħadd"], "mt"),
]:
    c(msgs, True, "human_request", None, l=l)

# ---- longer conversations written out in full
c(["hi, my scatola comes every month but I only want it every other month",
   "I went to My Scatola like you said but there's only 'Address and payment' and 'Cancel Scatola', no skip button",
   "look, I've now spent half an hour on this, logged out and in again, tried the app and the website, cleared the cache like my daughter told me, and there is still no button to skip. I don't want to cancel, I just want fewer boxes. this is really not ok"],
  True, "complaint", "scatola")
c("I've read through half your help pages now and I'm honestly more confused than when I started. my mum is 70, her skin has become very dry and sensitive, she can't come to milan and I just want to talk to somebody who can tell me what to buy her. could one of your skin therapists call me? 335 610 2284",
  True, "human_request", "skin-advice")
c("ok before you pass me on to someone, I really don't need a person for this, I just can't find anywhere on your site how long the gift card my aunt gave me is valid, it's from last christmas and I'd hate for it to run out",
  False, "payment", "gift-cards", ["24 months"])
c(["hey, I've never used retinal before", "ok and how many nights a week should i start with?",
   "and do i need sunscreen with it in winter too?"], False, "product_info", "sun-care", ["also in winter"])
c(["ciao, ho un ordine in arrivo", "no, va bene così, volevo solo sapere a che ora chiude lo studio il sabato"],
  False, "other", "studio", ["18:00"], l="it")
c(["γεια, αγόρασα το σέρουμ με ρετινάλη", "όχι, όλα καλά, απλά ήθελα να ρωτήσω αν μπορώ να το χρησιμοποιώ στην εγκυμοσύνη"],
  False, "product_info", "ingredients", [], l="el")

# ---- many customers greet before they ask: every 9th single-turn question
# gets an opening line in its own language (the judged turn is unchanged)
OPENERS = {
    "en": ["hi", "hello", "hey", "good morning", "hi there", "hello, quick question",
           "hiya", "evening!", "hi, hope you can help"],
    "en-mt": ["hi", "hello, good morning", "hi there"],
    "it": ["ciao", "buongiorno", "salve", "buonasera", "ciao, una domanda veloce"],
    "el": ["γεια σας", "καλημέρα", "καλησπέρα"],
    "el-latn": ["geia sas", "kalimera", "geia"],
    "fr": ["bonjour", "bonsoir", "salut"],
    "es": ["hola", "buenas", "buenos días"],
    "mt": ["bongu", "bonswa"],
    "de": ["grüezi", "hallo", "guten Tag"],
}
GREETS = re.compile(r"(hi|hello|hey|hiya|good (morning|afternoon|evening)|ciao|buongiorno|buonasera|salve|"
                    r"bonjour|bonsoir|salut|hola|buenas|bongu|bonswa|grüezi|hallo|guten tag|"
                    r"γεια|καλημέρα|καλησπέρα|geia|kalimera)\b", re.I)

# ================================================================ output
# any 5-digit number in the order range, with or without "RS", "#", "order",
# "ordine", and with an optional country suffix
ORDER_REF = re.compile(r"(?<![\d.,+])(7[0-4]\d{3})(?:[- ]?(it|gr|mt|fr|ch|es)\b)?(?![\d.,])", re.I)
# order numbers that are meant not to exist
UNKNOWN_ORDERS = {"74999"}
# numbers in the order range that are not order numbers (a Greek postcode)
NOT_ORDERS = {"71202"}

def order_refs(m):
    return [casekit.Ref(mo.group(0), mo.group(1),
                        "RS-%s-%s" % (mo.group(1), mo.group(2).upper()) if mo.group(2) else None)
            for mo in ORDER_REF.finditer(m) if mo.group(1) not in NOT_ORDERS]

def main():
    shop.add_openers(OPENERS, GREETS, every=9)
    shop.write()
    shop.check(order_id=r"RS-\d{5}-(IT|GR|MT|FR|CH|ES)", shape="RS-12345-IT", counter=lambda oid: oid[3:8],
               refs=order_refs, unknown=UNKNOWN_ORDERS, named=lambda cu: cu.startswith("u90"),
               currency={"EUR"})

if __name__ == "__main__":
    main()
