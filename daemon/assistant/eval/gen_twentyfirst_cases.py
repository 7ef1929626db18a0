#!/usr/bin/env python3
"""Generate twentyfirst-cases.jsonl: cases for the twenty-first shop,
Boekhandel De Schelde (independent online bookshop with a shop, author
events and signings at Nationalestraat 55, Antwerpen; sells new books in
Dutch, French, English and German, e-books, audiobooks, comics/strips/BD,
stationery and agendas, the Leesdoos reading-club box, pre-orders of new
releases, signed copies, school-book lists for schools, gift wrapping, gift
cards and the Schelde Kaart loyalty card; ships to Belgium, the
Netherlands, Luxembourg, France and Germany; prices in EUR).
KB: twentyfirst-kb/.  Run: python3 gen_twentyfirst_cases.py
The script writes the cases, then checks them against the KB and prints
the figures (cases, escalation share, other-language share, multi-turn share).
This shop is a tuning set: the customer lines are meant to be varied.

Order numbers look like DS-2025-10473 (DS, the year, a 5-digit counter).
Customers paste them in many ways ("ds202510473", "DS 2025 10473",
"order 10473", "#DS-2025-10473").  ISBNs (978-90-446-5012-…), page
counts, edition years, volume numbers ("deel 3", "Tome 12", "deel 41"),
product names with digits ("1984", "Agenda 2026", "Schoolagenda
2025-2026"), postcodes ("2000 Antwerpen"), loyalty-card numbers and prices
are not order numbers.

LABELLING RULES

Escalation (expect.escalate)
 E1  true for an explicit request for a person in any wording or language:
     "a human", a bookseller, "iemand van de winkel", "quelqu'un", a
     callback, a named colleague, also right after an answered question.
 E2  true for a request to cancel, refund or change an existing order
     (cancel it, change the address, swap one book for another inside the
     order, add a book, remove a copy, resend a parcel, "I want my money
     back"), or to cancel, pause or skip the Leesdoos, cancel event
     tickets or a pre-order for the customer ("doe het voor mij").
 E3  true for things only staff can do: a real double charge, a charge
     after cancelling an order, a Leesdoos charged after cancelling or
     while paused, a refund missing for weeks, an e-gift card that never
     arrived after the resend, a replacement that is damaged again, an
     e-book or audiobook that still does not download or play after the
     steps, a parcel marked delivered that the customer already looked
     for, vanished loyalty points, a school or company invoice still wrong
     after asking, an order the customer did not place, someone else's
     data in the account, a deletion that did not happen, a locked-out
     account after the reset steps, legal threats, complaints about a
     staff member, press, publisher and partnership requests.
 E4  true when the customer is stuck or frustrated across several turns
     ("dat is niet wat ik vroeg", the same question a third time), even
     without swearing.
 E5  false for questions about a policy even with "cancel", "refund",
     "person", "human", "bookseller", "call" in them: the phone number,
     the e-mail, WhatsApp, when people answer the chat, shop hours, how to
     cancel, skip or pause the Leesdoos, how to cancel a pre-order or a
     ticket, what the return policy is, "no need for a person, just tell
     me ...".  A first report of a damaged book, a parcel marked
     delivered, a wrong book, an e-book that does not download or an
     audiobook that does not play gets the steps of the page (false).

Intent (expect.intent)
     order_status: a named order (where, status, tracking, when, ready for
       collection), cancelling or changing an order, resending it, the
       policy for changing or cancelling an order.
     return_refund: returns, refunds, money back, exchanges, what cannot
       be returned (downloaded e-books, dedicated copies), a missing
       refund.
     shipping: countries, prices, times, carriers, express, pickup points,
       a late parcel without an order number.
     product_info: books, editions, languages, availability, special
       orders, pre-orders, e-books, DRM, e-readers and downloads,
       audiobooks, comics and series, stationery and agendas, children's
       books and AVI levels, school-book lists, events, signings and
       signed copies, tickets, gift wrapping, book prices and discount
       codes.
     payment: payment methods, charges, double charges, invoices, VAT,
       paying by invoice, gift cards and the Boekenbon.
     account: login, password, details, wishlist, newsletter, the Leesdoos
       (skip, pause, change, cancel, its charges), the Schelde Kaart
       loyalty card and its points, privacy and deletion, an order the
       customer did not place.
     complaint: something went wrong (arrived damaged, missing, wrong book,
       delivered-not-received, staff, legal threat, frustration) when the
       turn does not ask for a person.
     human_request: the judged turn only asks for a person / callback (also
       press, publisher or partnership contact).  When it also states a
       concrete problem, the problem's intent is used.
     other: contact details, chat and phone hours, shop hours and address,
       things outside the shop (weather, jokes, general book
       recommendations).  greeting / thanks / goodbye for small talk.

Article (expect.article)
     The page that answers the judged turn.  Product facts and order facts
     come from the data (article null).  A hand-over keeps the page that
     governs the matter raised in the conversation; it is null when only a
     person is asked for or no page governs (unknown order, staff, legal,
     an order the customer did not place).  Questions outside the shop and
     book recommendations the pages cannot answer have article null.

mustMention: short exact strings from the governing page (or the data when
the article is null); non-English turns use only numbers, prices, e-mail
addresses, phone numbers, web addresses and tracking numbers.  Hand-overs
carry none.
mustNotMention: other customers' data and facts the reply must not invent.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casekit  # the shared case helper, writer and self-check

shop = casekit.Shop("twentyfirst", "t21", anon=21100, langs={"nl", "fr", "de", "es", "it", "pl", "tr"})
c = shop.c

PH = "+32 3 226 48 15"
WA = "+32 470 55 19 84"
MAIL = "klantendienst@deschelde.be"

# ---------------------------------------------------------------- small talk
for m, it, l in [
    ("hi", "greeting", "en"), ("hello :)", "greeting", "en"), ("good evening", "greeting", "en"),
    ("dag!", "greeting", "nl"), ("goeiemorgen", "greeting", "nl"), ("hallo, is hier iemand?", "greeting", "nl"),
    ("hoi", "greeting", "nl"), ("bonjour", "greeting", "fr"), ("bonsoir !", "greeting", "fr"),
    ("hallo zusammen", "greeting", "de"), ("guten Morgen", "greeting", "de"),
    ("thanks, that's exactly what I needed", "thanks", "en"), ("cheers!", "thanks", "en"),
    ("merci!", "thanks", "nl"), ("bedankt, top", "thanks", "nl"), ("merci hé, super geholpen", "thanks", "nl"),
    ("merci beaucoup, très clair", "thanks", "fr"), ("danke schön", "thanks", "de"),
    ("bye", "goodbye", "en"), ("have a nice weekend!", "goodbye", "en"), ("salukes", "goodbye", "nl"),
    ("tot de volgende", "goodbye", "nl"), ("bonne journée, au revoir", "goodbye", "fr"), ("tschüss", "goodbye", "de"),
]:
    c(m, False, it, None, l=l)

# ------------------------------------------- contact, phone and chat hours
for m, mm, l in [
    ("what's your phone number?", [PH], "en"),
    ("whats the email adress for customer service", [MAIL], "en"),
    ("when are actual people on this chat?", ["9:00–18:00"], "en"),
    ("is anyone on the chat on saturday?", ["10:00–16:00"], "en"),
    ("can I whatsapp you instead?", [WA], "en"),
    ("can you call me back? how does that work", ["deschelde.be/terugbellen"], "en"),
    ("i don't need a person, just the e-mail for school orders please", ["scholen@deschelde.be"], "en"),
    ("not asking for a human lol. what's the address to write to about author events?", ["events@deschelde.be"], "en"),
    ("do you answer emails in german? my husband prefers that", ["German"], "en"),
    ("wat is jullie telefoonnummer?", [PH], "nl"),
    ("tot hoe laat kan ik jullie bellen?", ["17:00"], "nl"),
    ("welk mailadres voor de klantendienst", [MAIL], "nl"),
    ("zit er op zaterdag iemand op de chat?", ["16:00"], "nl"),
    ("kan ik jullie ook via whatsapp bereiken?", [WA], "nl"),
    ("quel est votre numéro de téléphone ?", [PH], "fr"),
    ("vous répondez en français au téléphone ?", [PH], "fr"),
    ("à quelle adresse mail je peux écrire ?", [MAIL], "fr"),
    ("wie ist eure E-Mail-Adresse?", [MAIL], "de"),
    ("wann ist der Chat mit echten Mitarbeitern besetzt?", ["9:00"], "de"),
    ("kann ich auf Deutsch schreiben? an welche Adresse?", [MAIL], "de"),
]:
    c(m, False, "other", "contact", mm, l=l)

# ------------------------------------------------------- the Antwerp shop
for m, mm, l in [
    ("where exactly is your shop", ["Nationalestraat 55"], "en"),
    ("are you open on monday mornings?", ["12:00–18:00"], "en"),
    ("what time do you close on thursday", ["20:00"], "en"),
    ("open this sunday? it's the first sunday of the month", ["13:00–17:00"], "en"),
    ("is there parking near the bookshop", ["Parking Groenplaats"], "en"),
    ("can I use a boekenbon on your website?", ["cannot be used online"], "en"),
    ("hoe laat gaat de winkel open op zaterdag?", ["10:00"], "nl"),
    ("zijt ge open op maandagvoormiddag?", ["12:00"], "nl"),
    ("tot hoe laat open op kerstavond", ["16:00"], "nl"),
    ("waar is de strips-afdeling in de winkel, ik zit in een rolstoel", [], "nl"),
    ("vous êtes ouverts le dimanche ?", ["13:00"], "fr"),
    ("quelle est l'adresse de la librairie à Anvers ?", ["55"], "fr"),
    ("Wie lange habt ihr donnerstags geöffnet?", ["20:00"], "de"),
]:
    c(m, False, "other", "shop-antwerp", mm, l=l)
for m, mm, it, l in [
    ("how does click and collect work", ["2 hours"], "shipping", "en"),
    ("how long will you keep my click & collect order", ["10 days"], "shipping", "en"),
    ("is ophalen in de winkel gratis?", [], "shipping", "nl"),
    ("hoelang houden jullie een bestelling bij om af te halen", ["10"], "shipping", "nl"),
    ("puis-je payer en magasin quand je viens chercher ma commande ?", [], "shipping", "fr"),
    ("can I return something I bought online in the shop?", ["30 days"], "return_refund", "en"),
    ("kan ik een online gekocht boek in de winkel omruilen?", ["30"], "return_refund", "nl"),
]:
    c(m, False, it, "shop-antwerp", mm, l=l)

# ---------------------------------------------------------- outside the shop
for m, l in [
    ("what's the weather going to be in antwerp tomorrow", "en"),
    ("tell me a joke", "en"),
    ("can you recommend a good thriller for my dad, he liked the girl on the train", "en"),
    ("what's the best restaurant near the cathedral", "en"),
    ("who won the booker prize in 1998?", "en"),
    ("wordt het morgen regen in antwerpen?", "nl"),
    ("kunt ge mij een goed boek aanraden voor op vakantie? iets luchtig", "nl"),
    ("wie heeft eigenlijk de Ronde van Vlaanderen gewonnen dit jaar?", "nl"),
    ("tu peux m'aider avec mon devoir de français sur Le Petit Prince ?", "fr"),
    ("quel temps fait-il à Bruxelles ?", "fr"),
    ("kannst du mir ein spannendes Buch für einen 14-Jährigen empfehlen?", "de"),
    ("was ist die Hauptstadt von Luxemburg?", "de"),
]:
    c(m, False, "other", None, l=l)

# ------------------------------------------------------------------ shipping
for m, mm, l in [
    ("how much is shipping in belgium", ["€3.95"], "en"),
    ("from what amount is delivery free to the netherlands?", ["€40"], "en"),
    ("do you ship to france and how much", ["€7.95"], "en"),
    ("what does shipping to luxembourg cost", ["€5.95"], "en"),
    ("shiping to germnay price?", ["€6.95"], "en"),
    ("if I order at 3pm does it go out today?", ["16:00"], "en"),
    ("do you have next day delivery? need a birthday present by tomorrow, I'm in Gent", ["€6.95"], "en"),
    ("can you ship to london? my sister lives there", ["United Kingdom"], "en"),
    ("do you deliver to switzerland", ["Switzerland"], "en"),
    ("how long does a parcel to lyon take", ["3–5 working days"], "en"),
    ("can I have it sent to a packstation?", ["Packstation"], "en"),
    ("hoeveel zijn de verzendkosten in belgië?", ["30"], "nl"),
    ("wa kost verzending naar nederland? en vanaf hoeveel is 't gratis", ["40"], "nl"),
    ("als ik vandaag voor 16u bestel, wanneer heb ik het dan in brugge?", ["16:00"], "nl"),
    ("bestaat er express levering? moet morgen in hasselt zijn", ["14:00"], "nl"),
    ("kan ik het naar een bpost punt laten sturen?", ["10"], "nl"),
    ("quels sont les frais de port pour la France ?", ["60"], "fr"),
    ("combien de temps pour une livraison à Luxembourg ?", ["50"], "fr"),
    ("vous livrez en Suisse ?", [], "fr"),
    ("livraison en point relais possible ?", [], "fr"),
    ("Was kostet der Versand nach Deutschland?", ["50"], "de"),
    ("Wie lange dauert die Lieferung nach Köln?", ["2–4"], "de"),
]:
    c(m, False, "shipping", "shipping", mm, l=l)

# ------------------------------------ delivery problems, the first report
for m, mm, it, l in [
    ("my parcel is late, ordered a week ago", ["5 working days"], "shipping", "en"),
    ("tracking says delivered but there's nothing here", ["letterbox"], "complaint", "en"),
    ("bpost says my book was delivered at 11:40 but I was home all morning and nobody rang. no card, nothing in the letterbox as far as I can see. what do I do?", ["next working day"], "complaint", "en"),
    ("only one of the 2 books in my order came", ["packing slip"], "complaint", "en"),
    ("you sent me the wrong book, I ordered the english edition and got the dutch one", ["14 days"], "complaint", "en"),
    ("I didn't pick up my parcel in time, what happens now?", ["10 days"], "shipping", "en"),
    ("mijn pakje is al een week onderweg en de tracking beweegt niet", [MAIL], "shipping", "nl"),
    ("volgens postnl is mijn pakket bezorgd maar ik heb niks", [], "complaint", "nl"),
    ("der staat geleverd maar er ligt hier niks, wa moet ik doen", [], "complaint", "nl"),
    ("ik heb het verkeerde boek gekregen", ["14"], "complaint", "nl"),
    ("mon colis est marqué livré mais je n'ai rien reçu", [], "complaint", "fr"),
    ("il manque un livre dans mon colis", ["14"], "complaint", "fr"),
    ("Laut DHL zugestellt, aber ich habe nichts bekommen", [], "complaint", "de"),
    ("Ich habe ein falsches Buch bekommen", ["14"], "complaint", "de"),
]:
    c(m, False, it, "delivery-problems", mm, l=l)

# ------------------------------------------- damaged books, first report
for m, mm, l in [
    ("the book arrived with a big dent in the cover, the box was crushed", ["14 days"], "en"),
    ("pages 97 to 112 are missing from my book, it jumps straight to 113", ["printing error"], "en"),
    ("bought it 4 months ago and only now noticed some pages are upside down, too late?", ["30-day"], "en"),
    ("my numbered collector's edition came with a bent corner, got it this morning", ["48 hours"], "en"),
    ("het boek is beschadigd aangekomen, de rug is gescheurd", [MAIL], "nl"),
    ("er zitten blanco pagina's in mijn boek", [MAIL], "nl"),
    ("mijn album is geplooid aangekomen, wat nu?", ["14"], "nl"),
    ("le livre est arrivé abîmé", ["14"], "fr"),
    ("il y a des pages en double dans ma BD", [MAIL], "fr"),
    ("Das Buch kam beschädigt an", [MAIL], "de"),
]:
    c(m, False, "complaint", "damaged-books", mm, l=l)

# ------------------------------------------------------------------- returns
for m, mm, l in [
    ("what's your return policy", ["30 days"], "en"),
    ("how do i return a book", ["Retourneren"], "en"),
    ("is returning free from the netherlands?", ["€4.95"], "en"),
    ("can I return an e-book I bought by mistake? haven't opened it", ["14 days"], "en"),
    ("can i return an ebook if i didnt like it? already read half", ["once downloaded"], "en"),
    ("the author wrote my name in the book at the signing, can I still return it", ["personal dedication"], "en"),
    ("how long until i get my money back after returning", ["14 days"], "en"),
    ("I paid with a gift card, how do I get refunded if I return?", ["new gift card"], "en"),
    ("can I exchange a book by post for another title?", ["do not exchange by post"], "en"),
    ("got a book as a present that I already have, can I swap it without a receipt?", ["gift receipt"], "en"),
    ("hoeveel dagen heb ik om iets terug te sturen?", ["30"], "nl"),
    ("moet ik betalen voor een retour vanuit belgië?", [], "nl"),
    ("kan ik een e-book terugsturen dat ik al gedownload heb?", [], "nl"),
    ("ik heb een boek op bestelling laten komen, mag da terug?", ["14"], "nl"),
    ("kan ik een luisterboek retourneren als ik het nog niet beluisterd heb?", ["14"], "nl"),
    ("combien de jours pour retourner un livre ?", ["30"], "fr"),
    ("le retour depuis la France est-il gratuit ?", ["95"], "fr"),
    ("Wie lange habe ich Zeit für eine Rücksendung aus Deutschland, und was kostet sie?", ["30"], "de"),
]:
    c(m, False, "return_refund", "returns", mm, l=l)

# -------------------------------------------------------------------- e-books
for m, mm, l in [
    ("can I read your ebooks on a kindle?", ["Send to Kindle"], "en"),
    ("what's the difference between watermark and adobe drm", ["Adobe ID"], "en"),
    ("how many times can I download an ebook", ["6 times"], "en"),
    ("I bought an ebook 10 min ago and it's not in my library yet", ["15 minutes"], "en"),
    ("does the e-book of 1984 work on my kindle paperwhite?", ["Adobe DRM"], "en"),
    ("can i lend an ebook to my mum?", ["e-gift card"], "en"),
    ("I live in Spain, can I still buy e-books from you?", ["EU"], "en"),
    ("werken jullie e-books op een kobo?", [], "nl"),
    ("kan ik een e-book met watermerk op mijn kindle lezen?", [], "nl"),
    ("hoeveel keer mag ik een e-boek downloaden?", ["6"], "nl"),
    ("vos livres numériques sont compatibles avec une liseuse Kobo ?", [], "fr"),
    ("est-ce que je peux lire l'ebook de La nuit des Flandres sur Kindle ?", [], "fr"),
    ("Funktionieren eure E-Books auf dem Tolino?", [], "de"),
]:
    c(m, False, "product_info", "ebooks", mm, l=l)

# ------------------------------------ e-book download problems, first report
for m, mm, l in [
    ("my ebook downloaded as a weird .acsm file, not a book??", ["Adobe Digital Editions"], "en"),
    ("ebook won't download, I just get a tiny file", [".acsm"], "en"),
    ("getting E_LIC_ALREADY_FULFILLED_BY_ANOTHER_USER when I open the ebook", ["Ctrl+Shift+D"], "en"),
    ("the e-book I bought isn't showing in the schelde lezen app", ["refresh"], "en"),
    ("the download keeps stopping halfway", ["VPN"], "en"),
    ("how do I get an adobe drm book onto my kobo", ["Adobe ID"], "en"),
    ("mijn e-book wil niet downloaden", [], "nl"),
    ("ik krijg een foutmelding E_ADEPT bij het openen van mijn e-boek", [], "nl"),
    ("heb een ebook gekocht maar ik krijg enkel een acsm bestand, wat moet ik daarmee?", ["4.5"], "nl"),
    ("mon livre numérique ne se télécharge pas", [], "fr"),
    ("je reçois un fichier .acsm au lieu du livre", [], "fr"),
    ("Mein E-Book lässt sich nicht öffnen, Fehlermeldung E_ADEPT", [], "de"),
]:
    c(m, False, "product_info", "ebook-download", mm, l=l)

# ---------------------------------------------------------------- audiobooks
for m, mm, l in [
    ("how do I listen to an audiobook I bought?", ["Schelde Luister"], "en"),
    ("can I listen offline on the plane", ["offline"], "en"),
    ("my audiobook won't play in the app", ["Update the app"], "en"),
    ("how many phones can use my audiobooks at the same time?", ["3 devices"], "en"),
    ("kan ik luisterboeken in de auto beluisteren?", [], "nl"),
    ("mijn luisterboek speelt niet af", [], "nl"),
    ("on peut télécharger les livres audio en MP3 ?", [], "fr"),
]:
    c(m, False, "product_info", "audiobooks", mm, l=l)

# ------------------------------------------------------------------ pre-orders
for m, mm, l in [
    ("when do I pay for a pre-order", ["when you place the pre-order"], "en"),
    ("if the price of a preorder goes down do I get the difference?", ["lowest price"], "en"),
    ("will my pre-order arrive on release day? I'm in mechelen", ["3 working days"], "en"),
    ("how do I cancel a pre-order? not now, just want to know in case", ["Annuleer voorbestelling"], "en"),
    ("the release date of my preorder moved, can I still cancel?", ["at no cost"], "en"),
    ("pre-ordered an e-book, when can I read it?", ["00:00"], "en"),
    ("I ordered a pre-order and a book in stock together, do I have to wait for both?", ["separately"], "en"),
    ("wanneer moet ik een voorbestelling betalen?", [], "nl"),
    ("komt mijn voorbestelling op de dag van verschijning?", ["3"], "nl"),
    ("hoe annuleer ik zelf een voorbestelling", [], "nl"),
    ("je peux annuler une précommande moi-même ?", ["5"], "fr"),
    ("Bekomme ich die Vorbestellung in Deutschland am Erscheinungstag?", ["1–3"], "de"),
]:
    c(m, False, "product_info", "preorders", mm, l=l)

# ---------------------------------------------- books not in stock
for m, mm, l in [
    ("what does leverbaar bij uitgever mean", ["3–5 working days"], "en"),
    ("can you order a book that's not on your website?", ["deschelde.be/op-aanvraag"], "en"),
    ("do I have to pay a deposit for a special order", ["no deposit"], "en"),
    ("do you sell second hand books? looking for an out of print one from 1987", ["out of print"], "en"),
    ("how long for an english book you have to import", ["2–4 weeks"], "en"),
    ("isbn 978-0-14-118776-1, can you get that for me?", ["deschelde.be/op-aanvraag"], "en"),
    ("het boek dat ik zoek staat niet op jullie site, kunnen jullie het bestellen?", ["deschelde.be/op-aanvraag"], "nl"),
    ("hoelang duurt het als een boek leverbaar bij uitgever is?", ["3–5"], "nl"),
    ("pouvez-vous commander un livre épuisé ?", [], "fr"),
    ("combien de temps pour un livre d'un éditeur français qui n'est pas en stock ?", ["7–14"], "fr"),
    ("Könnt ihr ein Buch bestellen, das nicht auf eurer Seite ist?", ["deschelde.be/op-aanvraag"], "de"),
]:
    c(m, False, "product_info", "special-orders", mm, l=l)

# -------------------------------------------------------------------- Leesdoos
for m, mm, l in [
    ("what's the leesdoos", ["€24.95"], "en"),
    ("how much is the duo box", ["€39.95"], "en"),
    ("is there a minimum term for the leesdoos?", ["no minimum term"], "en"),
    ("how do I cancel the leesdoos? asking for later", ["Opzeggen"], "en"),
    ("no need for a person, just tell me how to skip december", ["Sla deze maand over"], "en"),
    ("when is the box charged and when does it ship", ["5th"], "en"),
    ("I cancelled on the 8th, will I still get this month's box?", ["still sent"], "en"),
    ("can I get the leesdoos books in english?", ["English"], "en"),
    ("already have the book that came in my box, what now", ["Ruilen"], "en"),
    ("can I pay the leesdoos with a gift card", ["gift subscriptions"], "en"),
    ("hoe kan ik de leesdoos pauzeren?", ["3"], "nl"),
    ("hoe zeg ik mijn leesdoos op?", [], "nl"),
    ("wat kost een leesdoos voor kinderen?", ["19"], "nl"),
    ("tot wanneer kan ik een maand overslaan", ["5"], "nl"),
    ("kost de leesdoos verzending naar nederland?", [], "nl"),
    ("combien coûte la Leesdoos en France, livraison comprise ?", ["3"], "fr"),
    ("comment résilier la Leesdoos ?", [], "fr"),
    ("Wie kann ich die Leesdoos pausieren?", ["3"], "de"),
]:
    c(m, False, "account", "leesdoos", mm, l=l)
for m, mm, l in [
    ("how much is a 6 month leesdoos gift subscription?", ["€139"], "en"),
    ("wat kost een cadeau-abonnement van 3 maanden?", ["72"], "nl"),
]:
    c(m, False, "account", "leesdoos", mm, l=l)

# ---------------------------------------------------------------- loyalty card
for m, mm, l in [
    ("how does the schelde kaart work", ["250 points"], "en"),
    ("how many points do I get per euro", ["1 point"], "en"),
    ("do points expire?", ["24 months"], "en"),
    ("I forgot my card in the shop yesterday, can I still get the points", ["Punten aanvragen"], "en"),
    ("my online order points aren't showing, delivered 5 days ago", ["14 days after delivery"], "en"),
    ("lost my loyalty card", ["block"], "en"),
    ("hoe koppel ik mijn klantenkaart aan mijn account?", ["13"], "nl"),
    ("hoeveel punten heb ik nodig voor een bon?", ["250"], "nl"),
    ("krijg ik punten op een cadeaukaart?", [], "nl"),
    ("hoelang is een tegoedbon van de schelde kaart geldig", ["6"], "nl"),
    ("comment fonctionne la carte de fidélité ?", ["250"], "fr"),
    ("Verfallen die Punkte irgendwann?", ["24"], "de"),
]:
    c(m, False, "account", "loyalty-card", mm, l=l)

# ------------------------------------------------------------------- payment
for m, mm, l in [
    ("what payment methods do you accept", ["Bancontact"], "en"),
    ("can I pay with ideal", ["iDEAL"], "en"),
    ("do you take amex", ["American Express"], "en"),
    ("can I pay later with klarna?", ["Klarna"], "en"),
    ("my payment failed, is my order gone?", ["48 hours"], "en"),
    ("I see two payments for one order on my banking app, made it 1 hour ago", ["5 working days"], "en"),
    ("kan ik betalen met payconiq?", [], "nl"),
    ("kan ik onder rembours betalen?", [], "nl"),
    ("mijn betaling is mislukt, wat nu", ["48"], "nl"),
    ("puis-je payer par PayPal ?", [], "fr"),
    ("quand est-ce que je paie une précommande ?", [], "fr"),
    ("Kann ich per Kreditkarte bezahlen?", [], "de"),
]:
    c(m, False, "payment", "payment", mm, l=l)
c("when do I pay for a book you order from the publisher?", False, "payment", "payment", ["at checkout"])

# ------------------------------------------------------------------ invoices
for m, mm, l in [
    ("where can I download my invoice", ["Mijn bestellingen"], "en"),
    ("I need an invoice with my company's VAT number", ["VAT number"], "en"),
    ("forgot to put my company on the invoice, ordered last week, can it still be changed?", ["30 days"], "en"),
    ("can you send the invoice through peppol?", ["Peppol"], "en"),
    ("what VAT is on books in belgium", ["6%"], "en"),
    ("hoe krijg ik een factuur op naam van mijn bedrijf?", [], "nl"),
    ("wat is jullie rekeningnummer voor de factuur van de school?", ["BE71 0961 2345 6769"], "nl"),
    ("Brauche ich für eine Rechnung mit Firmenname ein Kundenkonto?", [], "de"),
    ("je voudrais une facture au nom de ma société", [], "fr"),
]:
    c(m, False, "payment", "invoices", mm, l=l)

# --------------------------------------------------------------- gift cards
for m, mm, l in [
    ("how long is a gift card valid", ["2 years"], "en"),
    ("how do I check the balance on my gift card", ["deschelde.be/cadeaukaart"], "en"),
    ("can I use two gift cards in one order?", ["several gift cards"], "en"),
    ("the e-gift card I sent my friend didn't arrive", ["Opnieuw verzenden"], "en"),
    ("hoelang is een cadeaukaart geldig?", ["2"], "nl"),
    ("kan ik een boekenbon online gebruiken?", [], "nl"),
    ("la carte cadeau est valable combien de temps ?", ["2"], "fr"),
    ("Wie viel kann man auf eine Geschenkkarte laden?", ["150"], "de"),
]:
    c(m, False, "payment", "gift-cards", mm, l=l)

# ------------------------------------------------------------- school lists
for m, mm, l in [
    ("how do parents order from the school book list", ["deschelde.be/schoollijst"], "en"),
    ("I'm a teacher, how do we get our book list to you", ["scholen@deschelde.be"], "en"),
    ("when do I have to order school books to have them by september", ["31 July"], "en"),
    ("can the workbook with the licence code be returned?", ["seal"], "en"),
    ("is delivery to the school free?", ["free"], "en"),
    ("waar vind ik de schoolcode voor de boekenlijst?", [], "nl"),
    ("tegen wanneer moet de school de boekenlijst doorsturen?", ["15"], "nl"),
    ("krijgen scholen korting op klassets?", ["5%"], "nl"),
    ("wij zijn een basisschool in Deurne en willen een leespakket, wie moeten we mailen?", ["scholen@deschelde.be"], "nl"),
    ("notre école peut-elle payer sur facture ?", ["30"], "fr"),
]:
    c(m, False, "product_info", "school-lists", mm, l=l)

# -------------------------------------------------------------------- events
for m, mm, l in [
    ("where can I see upcoming author events", ["deschelde.be/agenda"], "en"),
    ("how much is a ticket for an author evening", ["€7.50"], "en"),
    ("can I cancel my ticket for thursday? it's monday now", ["48 hours"], "en"),
    ("can't make it to the signing, can I still get a signed copy?", ["Opdracht"], "en"),
    ("can I bring my own old books to be signed", ["3 per person"], "en"),
    ("what happens if the author cancels", ["5 working days"], "en"),
    ("hoeveel plaatsen zijn er op een auteursavond?", ["80"], "nl"),
    ("kan ik mijn ticket aan iemand anders geven?", [], "nl"),
    ("is de signeersessie gratis?", [], "nl"),
    ("wanneer wordt een gesigneerd exemplaar verstuurd na de avond?", ["5"], "nl"),
    ("les rencontres d'auteurs sont en français aussi ?", [], "fr"),
    ("Ist die Buchhandlung für Rollstuhlfahrer bei Lesungen zugänglich?", [], "de"),
]:
    c(m, False, "product_info", "events", mm, l=l)

# ------------------------------------------------------------- gift wrapping
for m, mm, l in [
    ("do you do gift wrapping", ["€2.50"], "en"),
    ("will the price be on the packing slip if I send it to my niece?", ["no prices"], "en"),
    ("can I add a card with a message", ["200 characters"], "en"),
    ("can you gift wrap an ebook?", ["e-gift card"], "en"),
    ("wat kost inpakken als cadeau?", ["2"], "nl"),
    ("duurt het langer als ik het laat inpakken?", ["1"], "nl"),
    ("l'emballage cadeau est gratuit en magasin ?", [], "fr"),
]:
    c(m, False, "product_info", "gift-wrapping", mm, l=l)

# ---------------------------------------------------------------- comics
for m, mm, l in [
    ("what is a reeksabonnement", ["Mijn reeksen"], "en"),
    ("is the hardcover guaranteed to be a first printing?", ["eerste druk"], "en"),
    ("do you sell manga in english", ["manga"], "en"),
    ("hoe werkt een reeksabonnement voor strips?", [], "nl"),
    ("zijn de strips in de winkel op het gelijkvloers?", [], "nl"),
    ("les BD de luxe sont-elles bien emballées ?", ["48"], "fr"),
    ("Verkauft ihr auch deutsche Comics?", [], "de"),
]:
    c(m, False, "product_info", "comics", mm, l=l)

# ---------------------------------------------------------------- stationery
for m, mm, l in [
    ("when are next year's agendas in stock", ["August"], "en"),
    ("can you engrave a fountain pen?", ["€12"], "en"),
    ("can I return an agenda I wrote in for a week", ["written in"], "en"),
    ("is er garantie op een vulpen?", ["2"], "nl"),
    ("vanaf wanneer liggen de schoolagenda's in de winkel?", [], "nl"),
    ("Kann ich Tintenpatronen zurückgeben, die ich geöffnet habe?", [], "de"),
]:
    c(m, False, "product_info", "stationery", mm, l=l)

# ----------------------------------------------------------- children's books
for m, mm, l in [
    ("what is an AVI level?", ["AVI"], "en"),
    ("which avi level for a kid in first grade", ["AVI-Start"], "en"),
    ("do you have a story hour for kids?", ["Wednesday"], "en"),
    ("welk AVI-niveau is voor het tweede leerjaar?", [], "nl"),
    ("is het voorleesuurtje gratis? moet ik inschrijven?", ["14:00"], "nl"),
    ("le livre sonore de ma fille ne marche plus, acheté il y a 2 semaines", ["30"], "fr"),
]:
    c(m, False, "product_info", "childrens-books", mm, l=l)

# ---------------------------------------------------------- prices, codes
for m, mm, l in [
    ("why doesn't my 15% code work on the new Annelies Maes?", ["10%"], "en"),
    ("can I use two discount codes at once", ["One code per order"], "en"),
    ("I forgot to enter my discount code, can you still apply it?", ["cannot be added"], "en"),
    ("the book I bought last week is cheaper now, can I get the difference?", ["price guarantee"], "en"),
    ("waarom mag er maar 10% korting op nieuwe boeken?", ["6"], "nl"),
    ("est-ce que vous alignez vos prix sur ceux de la Fnac ?", [], "fr"),
]:
    c(m, False, "product_info", "book-prices", mm, l=l)

# ------------------------------------------------------------------- account
for m, mm, l in [
    ("forgot my password", ["Wachtwoord vergeten?"], "en"),
    ("reset link doesn't work, clicked it this morning from last night's email", ["60 minutes"], "en"),
    ("how do I change my e-mail address", ["Mijn gegevens"], "en"),
    ("how do I stop the newsletter", ["Nieuwsbrieven"], "en"),
    ("do I need an account to order?", ["guest"], "en"),
    ("ik ben mijn wachtwoord vergeten", ["60"], "nl"),
    ("hoe kan ik mijn verlanglijst delen?", [], "nl"),
    ("comment changer la langue de mon compte en français ?", [], "fr"),
]:
    c(m, False, "account", "account", mm, l=l)

# ------------------------------------------------------------------- privacy
for m, mm, l in [
    ("how do I delete my account", ["Verwijder mijn account"], "en"),
    ("if I delete my account do I lose my ebooks?", ["Download your e-books first"], "en"),
    ("does your reading app track what I read?", ["reading or listening position"], "en"),
    ("can I get a copy of all the data you have on me", ["Download mijn gegevens"], "en"),
    ("hoe verwijder ik mijn account?", ["30"], "nl"),
    ("à qui écrire pour une question RGPD ?", ["privacy@deschelde.be"], "fr"),
    ("Wie lange bewahrt ihr Rechnungen auf?", ["10"], "de"),
]:
    c(m, False, "account", "privacy", mm, l=l)

# ------------------------------------------------- order changes, the policy
for m, mm, l in [
    ("how long do I have to cancel an order? not yet, just checking", ["2 hours"], "en"),
    ("can I add a book to an order I just placed?", ["new order"], "en"),
    ("if I cancel an order when do I get my money", ["5 working days"], "en"),
    ("kan ik een bestelling nog annuleren als ze al verzonden is?", [], "nl"),
    ("hoe wijzig ik het leveradres van een bestelling? (vraag voor later)", [], "nl"),
    ("jusqu'à quand peut-on annuler une commande ?", [], "fr"),
    ("Kann ich eine Bestellung selbst stornieren?", [], "de"),
]:
    c(m, False, "order_status", "order-changes", mm, l=l)

# ------------------------------------------------- products (data answers)
for m, mm, l in [
    ("how much is de stille haven", ["24.99"], "en"),
    ("how many pages is de stille haven", ["352"], "en"),
    ("do you have 1984 in english?", ["Penguin"], "en"),
    ("is the e-book of 1984 drm protected?", ["Adobe DRM"], "en"),
    ("when does the tides of the scheldt come out", ["12 February 2026"], "en"),
    ("how long is the audiobook of de stille haven", ["11 h 40 min"], "en"),
    ("is the Agenda 2026 week on two pages?", ["one week on two pages"], "en"),
    ("do you still have signed copies of de stille haven?", ["signed"], "en"),
    ("what age is sterrenstof for", ["12+"], "en"),
    ("how many copies of the Tome 12 luxe edition were printed", ["999"], "en"),
    ("what cartridges does the lamy safari take", ["T10"], "en"),
    ("is The Lost Atlas in stock?", ["2–4 weeks"], "en"),
    ("wanneer verschijnt de nieuwe van annelies maes?", ["2025"], "nl"),
    ("hoeveel bladzijden heeft 1984 in het nederlands?", ["368"], "nl"),
    ("welk avi niveau is het geheim van het bos?", ["M4"], "nl"),
    ("wanneer komt kapitein zeester deel 41 uit?", ["26"], "nl"),
    ("hoeveel kost deel 3 van kapitein zeester in hardcover?", ["17"], "nl"),
    ("combien de pages a La nuit des Flandres ?", ["288"], "fr"),
    ("le Tome 12 de Lune est cartonné ?", ["56"], "fr"),
    ("Wie viele Seiten hat Der Strom?", ["416"], "de"),
    ("Hat das Leselicht USB-C? Wie lange hält der Akku?", ["20"], "de"),
]:
    c(m, False, "product_info", None, mm, l=l)
c("what's the ISBN of Koken met Bram?", False, "product_info", None, ["978-94-014-9930"])

# ------------------------------------------------------- order status (data)
for m, mm, mnm, l, cu in [
    ("where is my order DS-2025-10473?", ["shipped", "CE472910385BE"], [], "en", "u21001"),
    ("ds202510473 tracking pls", ["CE472910385BE"], [], "en", "u21001"),
    ("did my copy of 1984 from september arrive? can't find it on the shelf lol", ["delivered"], [], "en", "u21001"),
    ("waar blijft mijn bestelling DS 2025 10473?", ["CE472910385BE"], [], "nl", "u21001"),
    ("is mijn bestelling #DS-2025-10481 al onderweg? woon in utrecht", ["3SDSX8810452"], [], "nl", "u21002"),
    ("where's order 10481, the BD and 1984", ["3SDSX8810452"], [], "en", "u21002"),
    ("où en est ma commande DS-2025-10463 ? je suis à Luxembourg", ["CE470552839BE"], [], "fr", "u21019"),
    ("Wo ist meine Bestellung DS-2025-10480?", ["00340434188309920416"], [], "de", "u21030"),
    ("ds 2025 10480 sendungsnummer bitte", ["00340434188309920416"], [], "de", "u21030"),
    ("has DS-2025-10494 left yet? I paid for express", ["shipped", "CE472288150BE"], [], "en", "u21034"),
    ("status van mijn strips, bestelling 10471?", ["CE471520963BE"], [], "nl", "u21027"),
    ("mijn bestelling DS-2025-10478 met kapitein zeester, waar zit die?", ["CE471903377BE"], [], "nl", "u21033"),
    ("my pre-order DS-2025-10492, when will it ship?", ["paid"], [], "en", "u21026"),
    ("is my click and collect DS-2025-10499 ready to pick up?", ["paid"], [], "en", "u21022"),
    ("is bestelling DS-2025-10495 van de schoollijst al vertrokken?", [], [], "nl", "u21016"),
    ("was DS-2025-10355 refunded?", ["refunded"], [], "en", "u21004"),
    ("just checking order 10408 really got cancelled", ["cancelled"], [], "en", "u21031"),
    ("ma commande DS-2025-10490 est en attente, pourquoi ?", [], [], "fr", "u21005"),
    ("is the payment for DS-2025-10502 through? it says pending", ["pending"], [], "en", "u21038"),
    ("the cancelled kapitein zeester pre-order 10442, did you refund it?", ["refunded"], [], "en", "u21039"),
    ("werden die Geschenkkarten DS-2025-10419 zugestellt?", ["CE467203339BE"], [], "de", "u21040"),
    ("my order with the picture book and the YA novel, was it delivered?", ["delivered"], [], "en", "u21029"),
    ("did last year's class set DS-2024-10291 and this year's 10379 both arrive at the school?", ["delivered"], [], "en", "u21017"),
    ("heb ik de tickets voor de avond met lotte verbeeck wel echt gekocht? DS-2025-10336", [], [], "nl", "u21035"),
]:
    c(m, False, "order_status", None, mm, mnm, l=l, cu=cu)
# someone else's order / no such order / no number
for m, mnm, l in [
    ("where is order DS-2025-10473?", ["CE472910385BE"], "en"),
    ("wo ist Bestellung DS-2025-10480?", ["00340434188309920416"], "de"),
    ("waar is bestelling DS-2025-10999", [], "nl"),
    ("where's my order? a cookbook, ordered last tuesday", ["CE472910385BE"], "en"),
]:
    c(m, False, "order_status", None, [], mnm, l=l)
# orders whose timing a page explains
c("when will my pre-order DS-2025-10488 arrive? I'm in Antwerpen", False, "order_status", "preorders", ["3 working days"], cu="u21006")
c("the lost atlas I ordered, 10487, still not shipped after 2 days?", False, "order_status", "special-orders", ["2–4 weeks"], cu="u21036")
c("mijn betaling voor DS-2025-10502 is mislukt, moet ik opnieuw bestellen?", False, "payment", "payment", ["48"], l="nl", cu="u21038")
c("how long will you keep DS-2025-10499 for me in the shop?", False, "order_status", "shop-antwerp", ["10 days"], cu="u21022")

# ------------------------------------------- numbers that are not orders
for m, it, art, mm, l in [
    ("is 978-90-446-5012-9 the paperback?", "product_info", None, ["paperback"], "en"),
    ("do you have deel 3 of kapitein zeester in stock?", "product_info", None, ["softcover"], "en"),
    ("hebben jullie 1984 nog in het nederlands?", "product_info", None, ["14"], "nl"),
    ("c'est combien le Tome 12 de Lune ?", "product_info", None, ["13"], "fr"),
    ("is the Agenda 2026 also in french?", "product_info", None, ["French"], "en"),
    ("i have 250 points, what do I get", "account", "loyalty-card", ["€10"], "en"),
    ("my order is €29.50, do I pay shipping in belgium?", "shipping", "shipping", ["€30"], "en"),
    ("ik woon in 2018 Antwerpen, kan ik gratis afhalen in de winkel?", "shipping", "shop-antwerp", [], "nl"),
    ("Ich habe 45 Euro im Warenkorb, ist der Versand nach Deutschland gratis?", "shipping", "shipping", ["50"], "de"),
    ("the book has 352 pages but mine stops at 336, is that a printing error?", "complaint", "damaged-books", ["printing error"], "en"),
]:
    c(m, False, it, art, mm, l=l)

# ============================================================ hand-overs
# --------------------------------------------- explicit asks for a person
for m, l in [
    ("can I talk to a real person", "en"),
    ("human please", "en"),
    ("I'd like to speak to one of your booksellers, not a bot", "en"),
    ("could someone from the shop in antwerp call me?", "en"),
    ("put me through to customer service", "en"),
    ("can I speak to Ilse? she helped me with the school list last year", "en"),
    ("please have someone ring me on 0485 22 17 90 after 5", "en"),
    ("id rather talk to a human tbh", "en"),
    ("operator", "en"),
    ("I would like a member of staff to contact me regarding my order, please.", "en"),
    ("mag ik een echte mens spreken?", "nl"),
    ("kan ik iemand van de klantendienst spreken", "nl"),
    ("kunt ge mij efkes doorverbinden met iemand van de winkel?", "nl"),
    ("ik wil liever met een medewerker praten dan met een robot", "nl"),
    ("kan er mij iemand terugbellen? 0472 81 30 55", "nl"),
    ("medewerker aub", "nl"),
    ("is er iemand van vlees en bloed aanwezig?", "nl"),
    ("kunt ge iemand laten bellen morgenvoormiddag?", "nl"),
    ("je voudrais parler à quelqu'un, s'il vous plaît", "fr"),
    ("est-ce qu'un libraire peut me rappeler ?", "fr"),
    ("un conseiller humain svp", "fr"),
    ("passez-moi le service client", "fr"),
    ("Ich möchte bitte mit einem Mitarbeiter sprechen", "de"),
    ("Kann mich jemand zurückrufen?", "de"),
    ("quiero hablar con una persona", "es"),
    ("chcę rozmawiać z konsultantem", "pl"),
    ("vorrei parlare con un operatore", "it"),
    ("bir yetkiliyle konuşabilir miyim?", "tr"),
]:
    c(m, True, "human_request", None, l=l)

# --------------------------------------------- press, publishers, partners
for m, l in [
    ("I'm a journalist at Gazet van Antwerpen writing about independent bookshops, could your manager contact me?", "en"),
    ("we're a small Ghent publisher and would love to talk to someone about getting our poetry books in your shop", "en"),
    ("hallo, ik ben bookstagrammer met 25k volgers en wil graag samenwerken. met wie kan ik praten?", "nl"),
    ("je suis auteure autoéditée et j'aimerais organiser une séance de dédicace chez vous, à qui puis-je parler ?", "fr"),
    ("Wir sind ein Verlag aus Köln und suchen einen Ansprechpartner für eine Lesung bei Ihnen.", "de"),
]:
    c(m, True, "human_request", "contact", l=l)

# -------------------------------------------- cancel or change an order
for m, it, art, l, cu in [
    ("please cancel my order DS-2025-10485", "order_status", "order-changes", "en", "u21007"),
    ("kunnen jullie DS-2025-10485 annuleren? ik heb het dubbel besteld", "order_status", "order-changes", "nl", "u21007"),
    ("please change the delivery address on 10485, I've moved to Berchem", "order_status", "order-changes", "en", "u21007"),
    ("kunt ge bij mijn bestelling 10485 nog een notitieboek bijdoen?", "order_status", "order-changes", "nl", "u21007"),
    ("cancel my pre-order DS-2025-10488 for me please, the button gives an error", "order_status", "preorders", "en", "u21006"),
    ("annuleer aub mijn voorbestelling van de vogelvanger, DS-2025-10488", "order_status", "preorders", "nl", "u21006"),
    ("I ordered deel 3 twice by mistake, soft and hardcover, 10471. please take the hardcover off and refund it", "order_status", "order-changes", "en", "u21027"),
    ("in DS-2025-10484 I'd like the Agenda 2026 instead of the notebook, can you swap it?", "order_status", "order-changes", "en", "u21024"),
    ("kunnen jullie in bestelling 10484 het notitieboek omwisselen voor de agenda 2026?", "order_status", "order-changes", "nl", "u21024"),
    ("pouvez-vous annuler ma commande DS-2025-10490 ?", "order_status", "order-changes", "fr", "u21005"),
    ("Bitte die Lieferadresse für DS-2025-10480 ändern, ich bin umgezogen", "order_status", "order-changes", "de", "u21030"),
    ("can you make DS-2025-10499 a home delivery instead of click and collect? I'm stuck at home", "order_status", "order-changes", "en", "u21022"),
    ("please cancel the lost atlas special order 10487, found it elsewhere", "order_status", "special-orders", "en", "u21036"),
    ("mijn pakje is teruggegaan naar jullie omdat ik op reis was, kunnen jullie het opnieuw sturen?", "order_status", "delivery-problems", "nl", None),
    ("I want my money back for the 2 comics in DS-2025-10478, just refund them to my card please", "return_refund", "returns", "en", "u21033"),
    ("ik wil mijn geld terug voor de kookboek-bestelling, het was een vergissing", "return_refund", "returns", "nl", None),
    ("remboursez-moi la BD de luxe, je ne la veux plus", "return_refund", "returns", "fr", "u21012"),
    ("please cancel my leesdoos for me, I can't log in on my phone", "account", "leesdoos", "en", "u21013"),
    ("kunnen jullie mijn leesdoos voor mij pauzeren tot februari? ik vind de knop niet", "account", "leesdoos", "nl", "u21014"),
    ("zeg mijn leesdoos maar op, ik heb er geen tijd meer voor", "account", "leesdoos", "nl", None),
    ("pouvez-vous sauter la box de décembre pour moi ?", "account", "leesdoos", "fr", None),
    ("please cancel my 2 tickets for the lotte verbeeck evening, DS-2025-10336", "product_info", "events", "en", "u21035"),
    ("kunnen jullie mijn tickets voor donderdag annuleren en terugstorten?", "product_info", "events", "nl", None),
    ("Bitte stornieren Sie meine Vorbestellung, ich brauche das Buch nicht mehr", "order_status", "preorders", "de", None),
]:
    c(m, True, it, art, l=l, cu=cu)

# --------------------------------------------- things only staff can do
E = []  # (message, intent, article, lang, customer)
E += [  # charged twice / unknown charge
    ("you charged me twice for DS-2025-10386, €51.95 two times, and both are still there after 10 days", "payment", "payment", "en", "u21025"),
    ("vous m'avez débité deux fois pour la même commande, ça fait presque deux semaines", "payment", "payment", "fr", "u21025"),
    ("ik ben twee keer gedebiteerd voor dezelfde bestelling, allebei definitief, al 8 dagen", "payment", "payment", "nl", None),
    ("dag, ik schreef vorige week al eens. er staat twee keer 34,44 van jullie op mijn rekening via bancontact, ik heb screenshots van beide, het is geen reservatie want ze zijn allebei verwerkt. kan ik één bedrag terugkrijgen?", "payment", "payment", "nl", None),
    ("there's a payment to deschelde on my card and I've never ordered anything from you", "payment", None, "en", None),
]
E += [  # charged after cancelling
    ("I cancelled DS-2025-10399 in october and the €44.50 was still taken, it's not a reservation", "payment", "order-changes", "en", "u21011"),
    ("bestelling geannuleerd maar 44,50 euro toch afgeschreven, en dat is al 3 weken", "payment", "order-changes", "nl", "u21011"),
    ("Bestellung storniert und trotzdem abgebucht", "payment", "order-changes", "de", None),
]
E += [  # refund missing
    ("returned Der Strom in september, it says refunded on 8 october and I still have no money", "return_refund", "returns", "en", "u21004"),
    ("Die Erstattung für DS-2025-10355 ist seit über einem Monat nicht angekommen", "return_refund", "returns", "de", "u21004"),
    ("ik heb mijn retour al 5 weken geleden teruggestuurd en nog altijd geen geld gezien", "return_refund", "returns", "nl", None),
    ("je n'ai toujours pas reçu le remboursement de mon retour, 6 semaines maintenant", "return_refund", "returns", "fr", None),
]
E += [  # Leesdoos charged after cancelling or while paused
    ("I cancelled my leesdoos on the 2nd and you still charged me on the 5th and sent DS-2025-10470", "account", "leesdoos", "en", "u21013"),
    ("ik heb mijn leesdoos op 2 november opgezegd en jullie hebben toch 24,95 afgehouden", "account", "leesdoos", "nl", "u21013"),
    ("mijn leesdoos staat op pauze en toch is er deze maand betaald en een doos gestuurd", "account", "leesdoos", "nl", "u21014"),
    ("ma Leesdoos est en pause mais vous m'avez prélevé 39,95", "account", "leesdoos", "fr", None),
]
E += [  # e-book / audiobook still not working after the steps
    ("I did everything on your e-book page: adobe digital editions 4.5, authorised, erased the authorisation and redid it with the same adobe id. La nuit des Flandres still gives E_LIC_ALREADY_FULFILLED_BY_ANOTHER_USER. order DS-2025-10455", "product_info", "ebook-download", "en", "u21028"),
    ("j'ai suivi toutes les étapes, le livre numérique ne s'ouvre toujours pas, erreur E_ADEPT", "product_info", "ebook-download", "fr", "u21028"),
    ("mijn e-book van 1984 opent nog altijd niet, ik heb alle stappen gevolgd en nu zegt het dat ik geen downloads meer heb", "product_info", "ebook-download", "nl", "u21008"),
    ("my audiobook still won't play after updating, logging out and re-downloading. tried 2 phones", "product_info", "audiobooks", "en", "u21020"),
]
E += [  # replacement damaged again, gift card missing
    ("the replacement copy of Antwerpen aan de stroom, DS-2025-10466, ALSO arrived with a crushed corner", "complaint", "damaged-books", "en", "u21003"),
    ("het vervangexemplaar is opnieuw beschadigd aangekomen, tweede keer nu", "complaint", "damaged-books", "nl", "u21003"),
    ("I bought an e-gift card for my friend on 25 october (10421), she never got it. we checked spam and I used Opnieuw verzenden twice", "payment", "gift-cards", "en", "u21015"),
    ("de e-cadeaukaart is nooit aangekomen, ook niet na opnieuw verzenden", "payment", "gift-cards", "nl", "u21015"),
]
E += [  # delivered, not received, already looked
    ("DS-2025-10444 says delivered on 4 november, I've checked the letterbox, asked all neighbours and DHL, nothing for 10 days", "complaint", "delivery-problems", "en", "u21009"),
    ("DHL sagt zugestellt, ich habe alle Nachbarn gefragt und den Briefkasten geprüft, seit einer Woche nichts", "complaint", "delivery-problems", "de", "u21009"),
    ("bpost zegt geleverd, ik heb bij de buren gevraagd, in de bus gekeken en het bpost punt gebeld. niks. al een week", "complaint", "delivery-problems", "nl", "u21010"),
    ("colis marqué livré depuis lundi, j'ai demandé aux voisins et au point relais, rien", "complaint", "delivery-problems", "fr", None),
]
E += [  # loyalty points, invoices
    ("my schelde kaart had 410 points last week and now it shows 35. I didn't use a voucher", "account", "loyalty-card", "en", "u21032"),
    ("mijn punten van de klantenkaart zijn verdwenen, ik had er meer dan 400", "account", "loyalty-card", "nl", "u21032"),
    ("the points from my big order DS-2025-10425 never came, it's been over a month since delivery", "account", "loyalty-card", "en", "u21032"),
    ("second time I ask: the invoice for our class set DS-2025-10379 still has the wrong school name and no 5% discount, our accountant won't pay it", "payment", "invoices", "en", "u21017"),
    ("de factuur van de school staat nog altijd niet juist, ik heb het al twee keer gevraagd", "payment", "invoices", "nl", "u21017"),
]
E += [  # account: not my order, someone else's data, deletion, locked out
    ("there's an order DS-2025-10491 for 3 fountain pens in my account that I never placed", "account", None, "en", "u21018"),
    ("er staat een bestelling van 3 vulpennen in mijn account die ik niet gedaan heb", "account", None, "nl", "u21018"),
    ("Il y a une commande dans mon compte que je n'ai pas passée", "account", None, "fr", None),
    ("when I log in I see someone else's address and orders!", "account", "privacy", "en", None),
    ("I deleted my account in september and I still get your newsletter and leesdoos mails", "account", "privacy", "en", None),
    ("ik heb 2 maanden geleden gevraagd om mijn gegevens te wissen en er is niets gebeurd", "account", "privacy", "nl", None),
    ("done wachtwoord vergeten 5 times, no mail, not in spam, my e-books are all in there", "account", "account", "en", None),
    ("ich bekomme keine Mail zum Zurücksetzen, auch nicht im Spam, mehrmals probiert", "account", "account", "de", None),
]
E += [  # legal threats and staff
    ("I've written to you four times now about the refund for the books I sent back in september, every time I get a nice reply that it's being looked into. if the money isn't there by friday I'm going to the consumer ombudsman", "complaint", None, "en", None),
    ("als dit niet opgelost wordt stap ik naar de consumentenombudsdienst", "complaint", None, "nl", None),
    ("je vais porter plainte auprès du SPF Économie", "complaint", None, "fr", None),
    ("Ich schalte jetzt meinen Anwalt ein", "complaint", None, "de", None),
    ("the man at the till on saturday was really rude to my daughter", "complaint", None, "en", None),
    ("de verkoopster aan de kassa was ronduit onbeleefd tegen mij vandaag", "complaint", None, "nl", None),
    ("la personne au téléphone m'a raccroché au nez", "complaint", None, "fr", None),
]
for m, it, art, l, cu in E:
    c(m, True, it, art, l=l, cu=cu)

# ================================================== conversations (2-4 turns)
# ---- a question is answered, then a person is asked for
for msgs, art, l in [
    (["how much is shipping to france", "ok. can I talk to someone about a big order for our library?"], "shipping", "en"),
    (["how does the leesdoos work?", "hmm, can a human explain it to me on the phone"], "leesdoos", "en"),
    (["can I read your e-books on a kindle", "right. I'd like to talk to someone before I buy"], "ebooks", "en"),
    (["what's your return policy", "fine. person please"], "returns", "en"),
    (["how do school book lists work", "can someone from the school team call me? I'm the principal"], "school-lists", "en"),
    (["how do I get a signed copy if I can't come", "could someone just put one aside for me, let me talk to the shop"], "events", "en"),
    (["what does leverbaar bij uitgever mean", "ok, can a bookseller call me about a book I'm looking for"], "special-orders", "en"),
    (["how do I get an invoice for my company", "I'd like to discuss this with a person please"], "invoices", "en"),
    (["hoeveel kost de leesdoos?", "oké, kan ik daar met iemand over bellen?"], "leesdoos", "nl"),
    (["hoe werkt retourneren?", "kan ik toch een medewerker spreken?"], "returns", "nl"),
    (["wat zijn de verzendkosten naar nederland", "mag ik iemand spreken, echt iemand"], "shipping", "nl"),
    (["hoe werkt de schelde kaart?", "ok, maar kan er iemand mij bellen?"], "loyalty-card", "nl"),
    (["werken jullie e-books op kobo?", "kunt ge mij doorverbinden met een medewerker"], "ebooks", "nl"),
    (["hoe werkt een voorbestelling?", "ik wil da liever met een mens bespreken"], "preorders", "nl"),
    (["combien coûtent les frais de port pour la France ?", "d'accord, je peux parler à quelqu'un ?"], "shipping", "fr"),
    (["comment fonctionne la Leesdoos ?", "un conseiller peut me rappeler ?"], "leesdoos", "fr"),
    (["comment retourner un livre ?", "je préfère parler à une personne"], "returns", "fr"),
    (["Was kostet der Versand nach Deutschland?", "Kann ich mit einem Mitarbeiter sprechen?"], "shipping", "de"),
    (["Wie funktioniert die Vorbestellung?", "Kann mich jemand anrufen?"], "preorders", "de"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- frustration that builds over the turns (no swearing)
for msgs, it, art, l in [
    (["how do I skip a leesdoos month", "there's no 'sla deze maand over' button in Mijn Leesdoos", "I've looked three times, it isn't there, this isn't helping"], "complaint", "leesdoos", "en"),
    (["my ebook won't open", "I did that, adobe digital editions is installed", "that's the same text again. you're not reading what I write"], "complaint", "ebook-download", "en"),
    (["where are my loyalty points", "it's been more than 14 days", "that's not what I asked. WHERE are they"], "complaint", "loyalty-card", "en"),
    (["the reset link doesn't work", "I clicked it straight away, it says expired", "this is going in circles, I just want to get into my account"], "complaint", "account", "en"),
    (["my parcel is late", "yes I checked the tracking, it hasn't moved in 6 days", "you keep repeating yourself"], "complaint", "delivery-problems", "en"),
    (["how do I download the invoice", "there's no Factuur button next to my order", "third time asking, there is NO button"], "complaint", "invoices", "en"),
    (["hoe sla ik een maand over van de leesdoos?", "die knop staat er niet", "ik zeg nu al voor de derde keer dat die knop er niet is"], "complaint", "leesdoos", "nl"),
    (["mijn e-book downloadt niet", "heb ik al gedaan", "ge antwoordt gewoon telkens hetzelfde, da helpt mij niet"], "complaint", "ebook-download", "nl"),
    (["waar blijft mijn pakje", "tracking staat al een week stil", "dat is niet wat ik vroeg, ik wil weten waar het is"], "complaint", "delivery-problems", "nl"),
    (["ik kan niet inloggen", "ik heb wachtwoord vergeten al geprobeerd", "nog altijd geen mail. dit is echt frustrerend"], "complaint", "account", "nl"),
    (["mijn punten staan er niet op", "ik heb de kaart gekoppeld", "amai, dit is nu al de derde keer dat ik het uitleg"], "complaint", "loyalty-card", "nl"),
    (["comment je mets ma Leesdoos en pause ?", "il n'y a pas de bouton Pauzeer", "ça fait trois fois que je vous le dis"], "complaint", "leesdoos", "fr"),
    (["mon livre numérique ne s'ouvre pas", "j'ai déjà installé Adobe", "vous ne répondez pas à ma question"], "complaint", "ebook-download", "fr"),
    (["Wie bekomme ich meine Rechnung?", "da ist kein Button", "das habe ich jetzt dreimal gesagt, es hilft nicht"], "complaint", "invoices", "de"),
]:
    c(msgs, True, it, art, l=l)
# frustration that ends with an ask for a person
for msgs, art, l in [
    (["my tracking hasn't moved since monday", "yes I checked the link", "ok this is pointless, get me a human"], "delivery-problems", "en"),
    (["the audiobook won't play", "updated it already", "forget it, let me talk to someone"], "audiobooks", "en"),
    (["the school code doesn't work", "I typed it exactly as on the letter", "can a real person just help me"], "school-lists", "en"),
    (["de tracking staat stil", "ja ik heb gekeken", "geef mij dan maar iemand van de klantendienst"], "delivery-problems", "nl"),
    (["mijn e-book opent niet", "alles al geprobeerd", "kan ik nu eindelijk iemand spreken"], "ebook-download", "nl"),
    (["le code de l'école ne marche pas", "je l'ai tapé correctement", "passez-moi quelqu'un"], "school-lists", "fr"),
    (["die Rücksendung klappt nicht", "der QR-Code wird nicht angenommen", "verbinden Sie mich bitte mit einem Mitarbeiter"], "returns", "de"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- an answered question, then the staff-only problem comes out
for msgs, it, art, l, cu in [
    (["how long does a refund take", "well, DS-2025-10355 says refunded since 8 october and I have nothing"], "return_refund", "returns", "en", "u21004"),
    (["how do I cancel the leesdoos", "I did that on the 2nd and you charged me on the 5th anyway"], "account", "leesdoos", "en", "u21013"),
    (["how do I pause the leesdoos", "it IS paused, since october, and you still sent a box and charged me"], "account", "leesdoos", "en", "u21014"),
    (["what do you do if a book arrives damaged?", "you did send a new one, and the new one is damaged too"], "complaint", "damaged-books", "en", "u21003"),
    (["why do I see two payments", "it's been 10 days and both are final on my statement"], "payment", "payment", "en", "u21025"),
    (["how do I delete my account", "I did that in august and I still get e-mails"], "account", "privacy", "en", None),
    (["how do points work", "then why did 400 points disappear from my card overnight?"], "account", "loyalty-card", "en", "u21032"),
    (["what if an e-gift card doesn't arrive", "we did Opnieuw verzenden twice, checked spam, nothing"], "payment", "gift-cards", "en", "u21015"),
    (["hoelang duurt een terugbetaling?", "het is al meer dan een maand voor mijn retour en ik heb niks gekregen"], "return_refund", "returns", "nl", None),
    (["hoe zeg ik de leesdoos op?", "dat heb ik op 2 november gedaan en jullie hebben toch betaald genomen"], "account", "leesdoos", "nl", "u21013"),
    (["wat als een e-book niet wil downloaden?", "alle stappen gedaan, lukt nog altijd niet, bestelling DS-2025-10430"], "product_info", "ebook-download", "nl", "u21008"),
    (["hoe werken de punten?", "waarom zijn mijn 400 punten dan weg?"], "account", "loyalty-card", "nl", "u21032"),
    (["combien de temps pour un remboursement ?", "j'attends depuis cinq semaines"], "return_refund", "returns", "fr", None),
    (["que faire si le livre numérique ne se télécharge pas ?", "j'ai tout fait, ça ne marche toujours pas, DS-2025-10455"], "product_info", "ebook-download", "fr", "u21028"),
    (["Wie lange dauert eine Erstattung?", "ich warte jetzt seit fünf Wochen auf DS-2025-10355"], "return_refund", "returns", "de", "u21004"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- a problem reported, then it turns out staff are needed
for msgs, it, art, l, cu in [
    (["tracking says delivered but I have nothing", "I did all that. letterbox, neighbours, the bpost point. it's been 5 days", "so what now"], "complaint", "delivery-problems", "en", "u21010"),
    (["my book arrived damaged", "I sent the photos to klantendienst a week ago and nobody answered"], "complaint", "damaged-books", "en", None),
    (["I got the wrong book", "I reported it 10 days ago and still no right book or label"], "complaint", "delivery-problems", "en", "u21037"),
    (["my collector's edition arrived with a bent corner", "I sent photos the same day, and you replied the copy can't be replaced. that's not acceptable for €79"], "complaint", "damaged-books", "en", "u21012"),
    (["het boek is beschadigd aangekomen", "ik heb vorige week foto's gestuurd en nog niks gehoord"], "complaint", "damaged-books", "nl", None),
    (["volgens bpost is het geleverd maar ik heb niks", "heb ik allemaal gedaan, al 4 dagen geleden"], "complaint", "delivery-problems", "nl", "u21010"),
    (["j'ai reçu le mauvais livre", "je vous ai écrit il y a une semaine, pas de réponse"], "complaint", "delivery-problems", "fr", None),
    (["Das Buch kam beschädigt an", "ich habe vor 8 Tagen Fotos geschickt, keine Antwort"], "complaint", "damaged-books", "de", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- change requests inside a conversation
for msgs, it, art, l, cu in [
    (["can I still cancel an order I placed this morning?", "ok then please cancel DS-2025-10485"], "order_status", "order-changes", "en", "u21007"),
    (["where is my order DS-2025-10473", "can you send it to my office in Mechelen instead, I'm not home this week"], "order_status", "order-changes", "en", "u21001"),
    (["kan ik een bestelling nog wijzigen?", "doe dan in 10485 de agenda eruit aub"], "order_status", "order-changes", "nl", "u21007"),
    (["hoe annuleer ik een voorbestelling?", "doe gij het maar voor mij, DS-2025-10488"], "order_status", "preorders", "nl", "u21006"),
    (["peut-on encore modifier une commande ?", "alors changez l'adresse de DS-2025-10463 s'il vous plaît"], "order_status", "order-changes", "fr", "u21019"),
    (["Kann ich meine Bestellung noch ändern?", "dann bitte das Leselicht aus DS-2025-10480 streichen"], "order_status", "order-changes", "de", "u21030"),
    (["how do returns work", "ok, just refund 1984 from DS-2025-10481 to my card please, I'll keep the BD"], "return_refund", "returns", "en", "u21002"),
    (["how do I skip a month of the leesdoos", "can you just do it for me for december, the app won't load"], "account", "leesdoos", "en", "u21014"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- follow-ups the assistant answers itself (no hand-over)
for msgs, it, art, mm, l in [
    (["hi", "how much is shipping to the netherlands?"], "shipping", "shipping", ["€4.95"], "en"),
    (["do you ship to germany", "and how long does it take?"], "shipping", "shipping", ["2–4 working days"], "en"),
    (["what's the leesdoos", "and if I want to stop, how?"], "account", "leesdoos", ["Opzeggen"], "en"),
    (["can I return books", "what about an ebook I downloaded?"], "return_refund", "returns", ["once downloaded"], "en"),
    (["how do pre-orders work", "and if the date moves?"], "product_info", "preorders", ["at no cost"], "en"),
    (["i want to talk to someone", "actually never mind, just tell me if the shop is open on monday morning"], "other", "shop-antwerp", ["12:00–18:00"], "en"),
    (["human please", "no wait, forget it. what's the phone number, I'll call myself"], "other", "contact", [PH], "en"),
    (["is this a bot?", "ok, and when are real people on here?"], "other", "contact", ["9:00–18:00"], "en"),
    (["no I don't need a person", "just tell me how long a gift card is valid"], "payment", "gift-cards", ["2 years"], "en"),
    (["my book arrived damaged", "do I have to send it back?"], "complaint", "damaged-books", ["do not need to send it back"], "en"),
    (["bpost says delivered but I have nothing", "ok, should I wait or write to you now?"], "complaint", "delivery-problems", ["next working day"], "en"),
    (["my e-book gives an .acsm file", "and where do I get adobe digital editions?"], "product_info", "ebook-download", ["4.5"], "en"),
    (["do you have 1984 in english?", "how much is it?"], "product_info", None, ["11.5"], "en"),
    (["what's the weather in antwerp", "ok never mind. what time does the shop close today? it's thursday"], "other", "shop-antwerp", ["20:00"], "en"),
    (["can you recommend a good fantasy book?", "fine. do you at least have a story hour for kids?"], "product_info", "childrens-books", ["Wednesday"], "en"),
    (["dag", "wat kost verzending in belgië?"], "shipping", "shipping", ["30"], "nl"),
    (["ik wil iemand spreken", "laat maar, wat is jullie telefoonnummer?"], "other", "contact", [PH], "nl"),
    (["ik heb geen medewerker nodig", "zeg gewoon hoe ik de leesdoos op pauze zet"], "account", "leesdoos", ["3"], "nl"),
    (["hoe werkt de schelde kaart?", "en hoelang blijven de punten geldig?"], "account", "loyalty-card", ["24"], "nl"),
    (["mijn e-book wil niet openen", "ik zie enkel een acsm-bestand, wat nu?"], "product_info", "ebook-download", ["4.5"], "nl"),
    (["hallo", "hoeveel kost inpakken als cadeau?"], "product_info", "gift-wrapping", ["2"], "nl"),
    (["bonjour", "vous livrez au Luxembourg ? c'est gratuit à partir de combien ?"], "shipping", "shipping", ["50"], "fr"),
    (["je ne veux pas parler à quelqu'un", "dites-moi juste comment retourner un livre depuis la France"], "return_refund", "returns", ["95"], "fr"),
    (["hallo", "was kostet eine Geschenkverpackung?"], "product_info", "gift-wrapping", ["2"], "de"),
    (["Ich brauche keinen Mitarbeiter", "sagen Sie mir nur, wie lange ich Zeit für die Rücksendung habe"], "return_refund", "returns", ["30"], "de"),
]:
    c(msgs, False, it, art, mm, l=l)
# order follow-ups with the customer's own orders
for msgs, mm, mnm, l, cu, art in [
    (["hi, where's my book order", "the number is DS 2025 10473"], ["CE472910385BE"], [], "en", "u21001", None),
    (["dag, mijn pakje is er nog niet", "bestelnummer ds202510481"], ["3SDSX8810452"], [], "nl", "u21002", None),
    (["bonjour, où est mon colis ?", "commande 10463"], ["CE470552839BE"], [], "fr", "u21019", None),
    (["Hallo, wo bleibt mein Paket?", "es ist DS-2025-10480, das Buch und die Leselampe"], ["00340434188309920416"], [], "de", "u21030", None),
]:
    c(msgs, False, "order_status", art, mm, mnm, l=l, cu=cu)

# ---- more ways of asking for a person
for m, l in [
    ("cn i tlk to sum1 real", "en"),
    ("is there anyone who could look at this with me?", "en"),
    ("honestly I think this needs a human", "en"),
    ("rather not explain this to a bot. someone from the team please", "en"),
    ("Good afternoon. Would it be possible to speak with one of your booksellers? Kind regards, M. Peeters", "en"),
    ("zet mij maar door naar iemand", "nl"),
    ("kan de zaakvoerder mij eens bellen?", "nl"),
    ("liefst iemand die er verstand van heeft, geen chatbot", "nl"),
    ("Goedemiddag, ik had graag iemand van de boekhandel gesproken. Met vriendelijke groeten, J. Claes", "nl"),
    ("y a-t-il une vraie personne ?", "fr"),
    ("je veux parler au responsable du magasin", "fr"),
    ("Gibt es hier einen echten Menschen?", "de"),
]:
    c(m, True, "human_request", None, l=l)
# greeting first, then the ask; or asking again
for msgs, l in [
    (["hi", "can i speak to a person please"], "en"),
    (["human", "HUMAN", "hello?? a real person please"], "en"),
    (["agent", "i said agent"], "en"),
    (["dag", "mag ik iemand van de klantendienst?"], "nl"),
    (["hallo", "medewerker", "MEDEWERKER aub"], "nl"),
    (["goeiemiddag", "kan er iemand van de winkel mij terugbellen vandaag?"], "nl"),
    (["bonjour", "je voudrais parler à un libraire"], "fr"),
    (["conseiller", "je répète : un conseiller"], "fr"),
    (["guten Tag", "ich möchte bitte mit jemandem sprechen"], "de"),
]:
    c(msgs, True, "human_request", None, l=l)

# ---- longer conversations written out in full
c(["hi, my leesdoos comes every month but I only want it every other month",
   "I went to Mijn Leesdoos like you said but there's only 'Gegevens en betaling' and 'Opzeggen', no Wijzig formule",
   "look, I've now spent half an hour on this, logged out and in, tried the app and the website, cleared the cache like my daughter said, and there is still no way to change it. I don't want to cancel, I just want fewer boxes. this is really not ok"],
  True, "complaint", "leesdoos")
c("I've read half your help pages and I'm more confused than before. my son's school uses your book list, he's in the 3rd year, the school code on the letter doesn't seem to match anything and I just want to talk to somebody who can sort it out with me. could someone call me? 0476 20 91 33",
  True, "human_request", "school-lists")
c("ok before you pass me on to someone, I really don't need a person for this, I just can't find anywhere how long the gift card my aunt gave me is valid, it's from last christmas and I'd hate for it to expire",
  False, "payment", "gift-cards", ["2 years"])
c(["hey, thinking about getting my mum a kobo for christmas", "will she be able to read the books you sell on it?",
   "and can I gift wrap the e-book for under the tree?"], False, "product_info", "gift-wrapping", ["e-gift card"])
c(["dag, ik heb een bestelling lopen", "nee die is in orde, ik wou eigenlijk gewoon weten tot hoe laat jullie donderdag open zijn"],
  False, "other", "shop-antwerp", ["20:00"], l="nl")
c("allee, ik heb vorige maand zo'n leesdoos cadeau gekregen van mijn zus voor 3 maanden en het eerste boek had ik al gelezen, kan ik da ruilen of niet? en moet ik da dan zelf terugsturen?",
  False, "account", "leesdoos", ["30"], l="nl")
c("Bonjour, j'ai précommandé le prochain tome d'une BD chez vous il y a deux semaines et je vois maintenant qu'il est moins cher sur votre site qu'au moment où j'ai payé. Est-ce que je dois annuler et recommander, ou est-ce que la différence est remboursée ?",
  False, "product_info", "preorders", [], l="fr")
c("Hallo, ich wohne in Aachen und möchte für meine Tochter, die in Antwerpen studiert, ein paar niederländische Bücher bestellen. Kann ich an ihre Adresse in Belgien liefern lassen und mit PayPal bezahlen? Und was kostet der Versand dorthin?",
  False, "shipping", "shipping", ["30"], l="de")
c("hi so I pre-ordered the new annelies maes for my mum's birthday on the 4th and ticked gift wrapping, she lives in leuven. will it still make it on the day or does the wrapping make it late?",
  False, "product_info", "gift-wrapping", ["1 working day"])
c(["bonjour, je cherche un livre épuisé de 1992", "vous ne vendez vraiment pas d'occasion ?"], False, "product_info", "special-orders", [], l="fr")
c(["wat is het verschil tussen watermerk en drm?", "en werkt dat watermerk dan op een kindle?"], False, "product_info", "ebooks", [], l="nl")
c(["hallo", "mijn dochter zit in het eerste leerjaar", "welk AVI-niveau moet ik dan zoeken?"], False, "product_info", "childrens-books", [], l="nl")

# ---- more hand-overs: staff-only matters, said politely
for m, it, art, l, cu in [
    ("my bancontact payment went through but DS-2025-10502 still says pending and the money is gone from my account", "payment", "payment", "en", "u21038"),
    ("de betaling is van mijn rekening maar mijn bestelling staat op geannuleerd", "payment", "payment", "nl", None),
    ("The Tides of the Scheldt dropped to €24 after I pre-ordered, but nobody refunded the difference like your page says. could you look into it?", "product_info", "preorders", "en", "u21026"),
    ("the author evening on the 9th was cancelled and my ticket money still isn't back after 2 weeks", "product_info", "events", "en", None),
    ("l'auteur a annulé la rencontre il y a trois semaines et je n'ai toujours pas été remboursée", "product_info", "events", "fr", None),
    ("the online licence code in the Wiskunde Plus 3 workbook says it's already been used. the seal was intact", "product_info", "school-lists", "en", "u21016"),
    ("de licentiecode in het werkboek van mijn zoon is al gebruikt volgens de site, maar het zegel was nog dicht", "product_info", "school-lists", "nl", "u21016"),
    ("my gift card shows €0 but I never used it, I have the card right here", "payment", "gift-cards", "en", None),
    ("iemand heeft mijn cadeaukaart gebruikt, het saldo is weg", "payment", "gift-cards", "nl", "u21040"),
    ("I had 300 points for weeks and no €10 voucher ever appeared", "account", "loyalty-card", "en", None),
    ("I changed my e-mail address and now all my e-books are gone from Mijn e-books", "account", "account", "en", None),
    ("ik heb per ongeluk twee accounts, kunnen jullie die samenvoegen? mijn e-books staan op het oude", "account", "account", "nl", None),
    ("Ich habe zwei Konten und möchte sie zusammenlegen, meine E-Books sind auf dem alten", "account", "account", "de", None),
    ("I unsubscribed from the newsletter 3 times and I still get it every week", "account", "privacy", "en", None),
    ("I ordered a signed copy, DS-2025-10459, and it arrived without a signature. I already wrote about it last week", "complaint", "delivery-problems", "en", "u21010"),
    ("you charged €3.95 shipping on my €35 order in belgium, please refund the shipping", "return_refund", "shipping", "en", None),
    ("ik heb 3,95 verzendkosten betaald op een bestelling van 42 euro, kan ik dat terugkrijgen?", "return_refund", "shipping", "nl", None),
    ("please add gift wrapping to DS-2025-10485, it's for my sister's birthday", "order_status", "order-changes", "en", "u21007"),
    ("kunnen jullie mijn leesdoos voor mij op het Engels zetten? ik geraak niet in mijn account", "account", "leesdoos", "nl", None),
    ("please cancel DS-2025-10502, I'll buy it in the shop instead", "order_status", "order-changes", "en", "u21038"),
    ("envoyez-moi un nouveau colis, le premier est reparti chez vous alors que l'adresse était correcte", "order_status", "delivery-problems", "fr", None),
    ("my leesdoos box for november never came, I wrote to klantendienst on the 20th like the page says and nobody has answered", "complaint", "delivery-problems", "en", None),
]:
    c(m, True, it, art, l=l, cu=cu)
for m, l in [
    ("could someone from the events team call me about booking an author for our book club?", "en"),
    ("I need a person for this one, sorry", "en"),
    ("is there a manager I can speak to", "en"),
    ("I'd like to speak with whoever handles the school orders", "en"),
    ("can a real bookseller help me choose? I'd rather not do it with a chatbot", "en"),
    ("please pass me to a colleague", "en"),
    ("iemand van de schoolboekendienst aan de lijn krijgen, gaat dat?", "nl"),
    ("ik wil iemand van de events spreken", "nl"),
]:
    c(m, True, "human_request", None, l=l)
for msgs, art, l in [
    (["how much is gift wrapping", "thanks. could a person call me, it's a big order for our office, 40 books"], "gift-wrapping", "en"),
    (["can I pay by invoice as a school?", "ok, can someone from your school team get in touch with me"], "invoices", "en"),
    (["how does the reeksabonnement work", "cool. can I talk to someone in the comics department about a missing volume?"], "comics", "en"),
    (["what are the AVI levels", "thanks, but I'd like to talk to a bookseller about my son, he struggles with reading"], "childrens-books", "en"),
    (["how do I get a signed copy", "could someone from the shop phone me? it's for a 90th birthday"], "events", "en"),
    (["wanneer zijn de agenda's van volgend jaar binnen?", "oké. kan er iemand mij bellen over een grote bestelling voor ons kantoor?"], "stationery", "nl"),
]:
    c(msgs, True, "human_request", art, l=l)
for msgs, it, art, l, cu in [
    (["how does the leesdoos exchange work", "I used Ruilen on the 3rd and sent the book back with the label, still no new book and no answer"], "account", "leesdoos", "en", None),
    (["what if an author event is cancelled?", "it was, 3 weeks ago, and I have nothing back"], "product_info", "events", "en", None),
    (["do points expire?", "mine were earned in april and they're already gone"], "account", "loyalty-card", "en", "u21032"),
    (["how does the price guarantee on pre-orders work?", "then why wasn't the difference on DS-2025-10492 refunded? it's been 2 weeks"], "product_info", "preorders", "en", "u21026"),
    (["wat als mijn e-book niet downloadt?", "ik heb alles al gedaan, en jullie zouden binnen 1 werkdag een nieuwe link sturen, dat is 4 dagen geleden"], "product_info", "ebook-download", "nl", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)
for msgs, it, art, l in [
    (["can i change the language of my leesdoos", "I clicked Wijzig formule, picked English, and November's box was still Dutch", "and now December is Dutch too. I've told you this twice"], "complaint", "leesdoos", "en"),
    (["where is my school book order", "I don't have the number, it's the list of Sint-Jan", "you're not listening, I just want to know if it's coming before monday"], "complaint", None, "en"),
    (["how do I add my loyalty card", "the 13-digit number doesn't work", "still doesn't work, I've tried it five times now"], "complaint", "loyalty-card", "en"),
    (["mijn luisterboek speelt niet", "app is up-to-date", "en nu? ik heb dit al drie keer gezegd"], "complaint", "audiobooks", "nl"),
]:
    c(msgs, True, it, art, l=l)

# ---- a few more polite requests only staff can fulfil
for msgs, it, art, l, cu in [
    (["do you sell gift cards", "ok. separate thing: my mum's parcel from you had someone else's invoice in it, with their address"], "account", "privacy", "en", None),
    (["how long is a schelde kaart voucher valid", "mine expired yesterday, I was in hospital for a month. could someone make an exception?"], "account", "loyalty-card", "en", None),
    (["can I return an e-book", "I bought the wrong one two minutes ago and the app downloaded it by itself. could someone cancel it for me?"], "return_refund", "returns", "en", None),
    (["hi", "I need to talk to someone about an order on my account that isn't mine"], "account", None, "en", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)
for m, it, art, l, cu in [
    ("Ich möchte mein Geld für DS-2025-10480 zurück, die Leselampe war ein Fehlkauf", "return_refund", "returns", "de", "u21030"),
    ("kan iemand de factuur van DS-2025-10473 op naam van mijn firma zetten? BTW BE 0456.789.123", "payment", "invoices", "nl", "u21001"),
    ("la carte cadeau électronique que j'ai offerte n'est jamais arrivée, même après l'avoir renvoyée deux fois", "payment", "gift-cards", "fr", None),
    ("er wordt elke maand 24,95 afgehouden voor een leesdoos, maar ik heb nooit een leesdoos genomen", "account", "leesdoos", "nl", None),
    ("you sent DS-2025-10494 to my old address although I changed it in Mijn gegevens before I ordered", "order_status", "order-changes", "en", "u21034"),
]:
    c(m, True, it, art, l=l, cu=cu)

# ---- many customers greet before they ask: every 10th single-turn question
# gets an opening line in its own language (the judged turn is unchanged)
OPENERS = {
    "en": ["hi", "hello", "hey", "good morning", "hi there", "hello, quick question",
           "hiya", "evening!", "hi, hope you can help"],
    "nl": ["dag", "hallo", "goeiemiddag", "hoi", "goedemorgen", "dag, ik heb een vraagje", "hey"],
    "fr": ["bonjour", "bonsoir", "bonjour, petite question"],
    "de": ["hallo", "guten Tag", "moin"],
    "es": ["hola"], "it": ["buongiorno"], "pl": ["dzień dobry"], "tr": ["merhaba"],
}
GREETS = re.compile(r"(hi|hello|hey|hiya|good (morning|afternoon|evening)|dag|hallo|hoi|goeie|goede|"
                    r"bonjour|bonsoir|guten tag|moin|allee)\b", re.I)

# ================================================================ output
# "DS-2025-10473", "ds202510473", "DS 2025 10473", "#DS-2025-10473"
ORDER_REF = re.compile(r"(?i)\bds[\s#-]*(20\d\d)[\s-]*(\d{5})(?!\d)")
# a bare 5-digit counter ("order 10473", "bestelling 10481"); ISBN parts,
# prices and card numbers are kept out by the neighbouring characters
BARE_REF = re.compile(r"(?<![\d\-/€])(?<!\d[.,])(10[2-6]\d\d)(?![\d\-/]|[.,]\d)")
# order numbers that are meant not to exist
UNKNOWN_ORDERS = {"10999"}
DIGITAL = ("EB-", "AB-", "GC-", "EV-", "LD-")

def order_refs(m):
    full, bare = casekit.scan(m, ORDER_REF, BARE_REF)
    return ([casekit.Ref(mo.group(0), mo.group(2), "DS-%s-%s" % mo.groups()) for mo in full]
            + [casekit.Ref(mo.group(0), mo.group(1), None) for mo in bare])

def untracked(o):
    return casekit.sku_only(*DIGITAL)(o) or o.get("carrier") == "Click & Collect"

def order_year(o):
    if o["updatedAt"][:4] < o["orderId"][3:7]:
        return ["order %s: updated before its year" % o["orderId"]]
    return []

def main():
    shop.add_openers(OPENERS, GREETS, every=10)
    shop.write()
    shop.check(order_id=r"DS-20\d\d-\d{5}", shape="DS-2025-10473", counter=lambda oid: oid[8:],
               refs=order_refs, unknown=UNKNOWN_ORDERS, qualifier="year",
               named=lambda cu: cu.startswith("u210"), customer_id=r"u21\d{3}", currency={"EUR"},
               untracked=untracked, order_extra=order_year)

if __name__ == "__main__":
    main()
