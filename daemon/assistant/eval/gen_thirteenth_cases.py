#!/usr/bin/env python3
"""Generate thirteenth-cases.jsonl: evaluation cases for the thirteenth shop,
Cave Lumière (wine and spirits merchant, 14 quai Saint-Vincent, Lyon;
ships to the EU, the United Kingdom, Switzerland and Norway).
KB: thirteenth-kb/.  Run: python3 gen_thirteenth_cases.py
The script writes the cases, then checks them against the KB and prints
the figures (cases, escalation share, other-language share, multi-turn share).

Order numbers look like CL-251103-0412 (CL, order date YYMMDD, a 4-digit
counter).  Customers paste them in many ways (lower case, spaces, "#").
Vintages (2019), bottle counts, prices and product names with digits
("Calvados 15 ans", "Whisky 12 ans") are not order numbers.

LABELLING RULES

Escalation (expect.escalate)
 E1  true for an explicit request for a person in any wording or language,
     a callback, "someone from the cellar team", a named colleague, also
     right after an answered question.
 E2  true for a request to cancel, refund or change an existing order
     (cancel, change address, add bottles, resend a parcel, "I want my
     money back"), or to cancel a tasting ticket for them.
 E3  true for things only staff can do: a real double charge, a charge
     after cancelling, a refund missing for weeks, a broken bottle whose
     replacement also broke, a parcel marked delivered that the customer
     already looked for, a customs fee the customer disputes, a parcel
     sent back after a failed age check that must be resent, a cut en
     primeur allocation, a wrong storage invoice, vanished club points,
     an order the customer did not place, a deletion that did not happen,
     a locked-out account after the reset steps, a wedding order that must
     arrive by a date, feeling ill / an allergic reaction / a cut from a
     broken bottle, legal threats, complaints about a staff member, press
     and partnership requests.
 E4  true when the customer is stuck or frustrated across several turns
     ("that's not what I asked", the same question a third time).
 E5  false for questions about a policy even with "cancel", "refund",
     "person", "human", "agent", "call" in them: phone number, e-mail,
     opening hours, when people answer the chat, how to cancel the club,
     what the refund policy is, "no I don't need a person, just ...".
     A first report of a broken bottle or of a parcel marked delivered
     gets the steps of the page (false).

Intent (expect.intent)
     order_status: a named order (where, status, tracking, when), cancelling
       or changing an order, resending it.
     return_refund: returns, refunds, corked or faulty bottles, ticket
       refunds, money back, a missing refund.
     shipping: zones, prices, times, carriers, age check at the door,
       packaging, heat-wave pauses, customs and duty, click and collect,
       a late parcel without an order number.
     product_info: wines, spirits, accessories, gift sets and engraving,
       en primeur, cellar storage service and fees, tastings, corporate and
       wedding pricing, sulphites/allergens, storing and serving wine.
     payment: payment methods, charges, double charges, invoices and VAT
       invoices, gift cards, a wrong storage invoice.
     account: login, password, details, club membership and points,
       privacy and deletion, an order the customer did not place.
     complaint: something went wrong (broken, missing, delivered-not-
       received, ill or hurt, staff, legal threat, frustration) when the
       turn does not ask for a person.
     human_request: the judged turn only asks for a person / callback
       (also press or partnership contact).  When it also states a concrete
       problem, the problem's intent is used.
     other: contact details, opening hours, shop address, things outside
       the shop.  greeting / thanks / goodbye for small talk.

Article (expect.article)
     The page that answers the judged turn.  Product facts and order facts
     come from the data (article null).  A hand-over keeps the page that
     governs the matter raised in the conversation; it is null when only a
     person is asked for or no page governs (unknown order, staff, legal).

mustMention: short exact strings from the governing page (or the data when
the article is null); non-English turns use only numbers, prices, e-mail
addresses, phone numbers and tracking numbers.  Hand-overs carry none.
mustNotMention: other customers' data and facts the reply must not invent.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, "thirteenth-kb")
OUT = os.path.join(HERE, "thirteenth-cases.jsonl")

CASES = []
_anon = [5000]

def c(msgs, esc, intent, art=None, mm=(), mnm=(), l="en", cu=None):
    """One case. l: the language of the non-English line(s), "en" if none."""
    if isinstance(msgs, str):
        msgs = [msgs]
    if cu is None:
        _anon[0] += 1
        cu = "u%d" % _anon[0]
    CASES.append({"messages": list(msgs), "customerId": cu, "lang": l, "expect": {
        "escalate": esc, "intent": intent, "article": art,
        "mustMention": list(mm), "mustNotMention": list(mnm)}})

# ---------------------------------------------------------------- small talk
for m, it, l in [
    ("hi", "greeting", "en"), ("hello!", "greeting", "en"), ("hey there 👋", "greeting", "en"),
    ("good morning", "greeting", "en"), ("hiya, anyone around?", "greeting", "en"),
    ("bonjour", "greeting", "fr"), ("bonsoir !", "greeting", "fr"), ("salut", "greeting", "fr"),
    ("bjr", "greeting", "fr"), ("hallo", "greeting", "de"), ("guten tag", "greeting", "de"),
    ("buongiorno", "greeting", "it"), ("ciao!", "greeting", "it"), ("hola buenas", "greeting", "es"),
    ("goedemiddag", "greeting", "nl"), ("olá, bom dia", "greeting", "pt"), ("dzień dobry", "greeting", "pl"),
    ("hej hej", "greeting", "sv"), ("dobrý den", "greeting", "cs"), ("γεια σας", "greeting", "el"),
    ("bună ziua", "greeting", "ro"), ("goddag", "greeting", "da"),
    ("thanks!", "thanks", "en"), ("thank u so much that helps", "thanks", "en"),
    ("cheers mate", "thanks", "en"), ("ok great, thx", "thanks", "en"),
    ("merci beaucoup !", "thanks", "fr"), ("merci c'est parfait", "thanks", "fr"), ("super merci bcp", "thanks", "fr"),
    ("danke schön", "thanks", "de"), ("grazie mille", "thanks", "it"), ("muchas gracias!!", "thanks", "es"),
    ("dank je wel", "thanks", "nl"), ("obrigada", "thanks", "pt"), ("dziękuję bardzo", "thanks", "pl"),
    ("tack så mycket", "thanks", "sv"), ("tusind tak", "thanks", "da"), ("ευχαριστώ πολύ", "thanks", "el"),
    ("bye", "goodbye", "en"), ("that's all for now, bye!", "goodbye", "en"), ("ok see ya", "goodbye", "en"),
    ("bonne journée, au revoir", "goodbye", "fr"), ("à bientôt", "goodbye", "fr"),
    ("tschüss", "goodbye", "de"), ("arrivederci", "goodbye", "it"), ("adiós, buen día", "goodbye", "es"),
    ("tot ziens", "goodbye", "nl"), ("na shledanou", "goodbye", "cs"), ("la revedere", "goodbye", "ro"),
]:
    c(m, False, it, None, l=l)

# ------------------------------------------------- contact and opening hours
PH = "+33 4 78 29 61 40"
for m, mm, l in [
    ("what's your phone number?", [PH], "en"),
    ("do you have a customer service phone number", [PH], "en"),
    ("how can i call you guys", [PH], "en"),
    ("phone number pls", [PH], "en"),
    ("is there a number i can ring to speak to someone about wine advice?", [PH], "en"),
    ("what email do i write to for customer service?", ["service@cavelumiere.fr"], "en"),
    ("whats ur email adress", ["service@cavelumiere.fr"], "en"),
    ("who do I contact about my wine in your cellar storage?", ["cave@cavelumiere.fr"], "en"),
    ("which email for the tasting events team?", ["evenements@cavelumiere.fr"], "en"),
    ("are your staff available on Saturday?", ["Saturday"], "en"),
    ("is the chat answered by real people or only a bot?", ["9:00"], "en"),
    ("what hours do people answer this chat", ["9:00", "19:00"], "en"),
    ("can I phone you on a sunday?", ["Sunday"], "en"),
    ("what time do you open on saturday?", ["9:30"], "en"),
    ("what time does the shop close on friday", ["19:30"], "en"),
    ("are you open on mondays?", ["closed"], "en"),
    ("is the shop in lyon open sunday morning", ["10:00–13:00"], "en"),
    ("where is your shop exactly?", ["14 quai Saint-Vincent"], "en"),
    ("whats the address of the lyon store", ["14 quai Saint-Vincent"], "en"),
    ("is there parking near the shop?", ["Parking Saint-Jean"], "en"),
    ("closest metro to your shop?", ["Hôtel de Ville"], "en"),
    ("are you open on 11 november? its a holiday right", ["public holidays"], "en"),
    ("can you call me back instead? how does that work", ["cavelumiere.fr/rappel"], "en"),
    ("no I don't need a person, just tell me your opening hours on thursday", ["10:00–19:30"], "en"),
    ("I don't want to talk to anyone, just give me the email for press", ["presse@cavelumiere.fr"], "en"),
    ("how long do you take to answer emails?", ["1 working day"], "en"),
    ("who do i talk to about a company order", ["pro@cavelumiere.fr"], "en"),
    ("quel est votre numéro de téléphone ?", [PH], "fr"),
    ("vous avez un numéro pour vous appeler", [PH], "fr"),
    ("c'est quoi votre mail pour le service client", ["service@cavelumiere.fr"], "fr"),
    ("vous êtes ouverts le lundi ?", [], "fr"),
    ("la boutique ouvre à quelle heure le samedi", ["9:30"], "fr"),
    ("horaires de la cave le dimanche svp", ["10:00"], "fr"),
    ("vous fermez à quelle heure en semaine", ["19:30"], "fr"),
    ("le chat est tenu par des vraies personnes ? à quelles heures", ["9:00", "19:00"], "fr"),
    ("c'est où votre magasin exactement", ["14 quai Saint-Vincent"], "fr"),
    ("on peut se garer pas loin de la boutique ?", ["Parking Saint-Jean"], "fr"),
    ("le service client répond le samedi ?", [], "fr"),
    ("pas besoin d'un conseiller, je veux juste l'adresse mail pour le stockage en cave", ["cave@cavelumiere.fr"], "fr"),
    ("vous êtes ouverts le 25 décembre ?", [], "fr"),
    ("wie ist ihre telefonnummer?", [PH], "de"),
    ("haben Sie am Samstag geöffnet?", ["9:30"], "de"),
    ("welche e-mail-adresse hat der kundenservice", ["service@cavelumiere.fr"], "de"),
    ("a che ora aprite il sabato?", ["9:30"], "it"),
    ("qual è il vostro numero di telefono", [PH], "it"),
    ("¿cuál es vuestro horario el domingo?", ["10:00"], "es"),
    ("teléfono de atención al cliente?", [PH], "es"),
    ("wat is jullie e-mailadres voor vragen over de kelderopslag?", ["cave@cavelumiere.fr"], "nl"),
    ("zijn jullie zaterdag bereikbaar?", [], "nl"),
    ("qual é o vosso número de telefone?", [PH], "pt"),
    ("jaki jest wasz numer telefonu?", [PH], "pl"),
    ("vilka tider har ni öppet i butiken på lördag?", ["9:30"], "sv"),
    ("jaký je váš e-mail na zákaznický servis?", ["service@cavelumiere.fr"], "cs"),
    ("ποιο είναι το τηλέφωνό σας;", [PH], "el"),
    ("care este numărul vostru de telefon?", [PH], "ro"),
    ("hvad er jeres telefonnummer?", [PH], "da"),
]:
    c(m, False, "other", "contact", mm, l=l)

# ---------------------------------------------------------- outside the shop
for m, l in [
    ("what's the weather going to be in lyon tomorrow", "en"),
    ("can you give me a recipe for boeuf bourguignon", "en"),
    ("did OL win last night?", "en"),
    ("what's the capital of australia lol", "en"),
    ("write me a short poem for my wife's birthday", "en"),
    ("how many calories in a glass of red wine roughly?", "en"),
    ("who won the champions league in 2019", "en"),
    ("can you help with my maths homework, what is 15% of 80", "en"),
    ("tell me a joke", "en"),
    ("what's the best restaurant in lyon for a date?", "en"),
    ("is it going to rain in bordeaux this weekend", "en"),
    ("how do i get a train from lyon part-dieu to geneva", "en"),
    ("il fait quel temps à lyon demain ?", "fr"),
    ("t'as une recette de gratin dauphinois ?", "fr"),
    ("l'OL a gagné hier soir ?", "fr"),
    ("quelle heure est-il à new york", "fr"),
    ("tu peux m'aider à écrire une lettre de motivation", "fr"),
    ("c'est quoi la capitale du portugal", "fr"),
    ("wie wird das wetter am wochenende in lyon?", "de"),
    ("hast du ein rezept für käsefondue?", "de"),
    ("wer hat gestern fußball gespielt, bayern gewonnen?", "de"),
    ("che tempo fa domani a torino?", "it"),
    ("mi dai la ricetta del risotto alla milanese", "it"),
    ("¿quién ganó el clásico el domingo?", "es"),
    ("¿qué tiempo hará en lyon el sábado?", "es"),
    ("wat is het weer morgen in lyon", "nl"),
    ("qual é a capital da suíça?", "pt"),
    ("jaka będzie pogoda w lyonie jutro?", "pl"),
    ("vem vann hockeymatchen igår", "sv"),
    ("jaké bude zítra počasí v lyonu", "cs"),
    ("τι καιρό θα κάνει αύριο στη λυών;", "el"),
    ("cine a câștigat meciul aseară?", "ro"),
]:
    c(m, False, "other", None, l=l)

# ------------------------------------------------------------------ shipping
for m, mm, l in [
    ("how much is shipping to belgium?", ["16.90"], "en"),
    ("shipping cost to germany for 6 bottles", ["16.90"], "en"),
    ("do u ship to poland and how much", ["22.90"], "en"),
    ("can you ship to ireland?", ["22.90"], "en"),
    ("delivery to sweden how long does it take", ["4–7 working days"], "en"),
    ("can you ship to greece? how many days", ["5–9 working days"], "en"),
    ("Can you ship to Romania", ["29.90"], "en"),
    ("how much to send a case of 12 to the uk", ["34.90"], "en"),
    ("whats the shipping to switzerland", ["39.90"], "en"),
    ("do you deliver to norway", ["39.90"], "en"),
    ("is shipping free in france?", ["150"], "en"),
    ("from how much is delivery free to the netherlands", ["250"], "en"),
    ("how long does delivery take within france", ["2–3 working days"], "en"),
    ("i live in paris, if i order today when do i get it?", ["2–3 working days"], "en"),
    ("do you deliver to corsica", ["2 extra working days"], "en"),
    ("can you ship to the USA? my brother lives in boston", ["outside Europe"], "en"),
    ("do you ship to canada", ["outside Europe"], "en"),
    ("can you ship to tenerife", ["Canary Islands"], "en"),
    ("do you deliver to martinique?", ["overseas"], "en"),
    ("can I get it delivered to a parcel locker? i work all day", ["parcel lockers"], "en"),
    ("which courier do you use in france", ["Colissimo"], "en"),
    ("who delivers to austria, dhl?", ["DHL Express"], "en"),
    ("do you have same day or next day delivery in lyon", ["6.50"], "en"),
    ("i'm in villeurbanne, can your van bring it tomorrow evening?", ["14:00"], "en"),
    ("what time do I need to order for it to leave today", ["13:00"], "en"),
    ("I want 24 bottles shipped to italy, is that 2 parcels? how much", ["half the price"], "en"),
    ("does a magnum count as 1 bottle for shipping?", ["two bottles"], "en"),
    ("when will i get my tracking number", ["tracking number"], "en"),
    ("shipping to luxembourg?? price", ["16.90"], "en"),
    ("how much shipping to estonia", ["29.90"], "en"),
    ("can u send to northern ireland", ["34.90"], "en"),
    ("do you ship to liechtenstein", ["39.90"], "en"),
    ("combien coûte la livraison en france ?", ["9.90"], "fr"),
    ("livraison gratuite à partir de combien ?", ["150"], "fr"),
    ("vous livrez en belgique ? c'est combien", ["16.90"], "fr"),
    ("vous livrez à la réunion ?", [], "fr"),
    ("c'est combien de jours pour une livraison à marseille", ["2–3"], "fr"),
    ("vous livrez en corse ?", ["2"], "fr"),
    ("je suis à lyon 3e, vous livrez le lendemain avec votre camionnette ?", ["6.50"], "fr"),
    ("livraison en suisse c'est possible ? combien", ["39.90"], "fr"),
    ("vous envoyez au royaume-uni ?", ["34.90"], "fr"),
    ("je commande 18 bouteilles pour l'allemagne, ça fait combien de frais de port", ["16.90"], "fr"),
    ("je peux me faire livrer dans un point relais / consigne ?", [], "fr"),
    ("vous passez par quel transporteur", ["Colissimo"], "fr"),
    ("si je commande avant midi ça part aujourd'hui ?", ["13:00"], "fr"),
    ("was kostet der versand nach deutschland?", ["16.90"], "de"),
    ("versand nach österreich möglich? wie lange dauert das", ["22.90"], "de"),
    ("ab wann ist der versand nach deutschland kostenlos", ["250"], "de"),
    ("liefert ihr in die schweiz?", ["39.90"], "de"),
    ("spedite in italia? quanto costa la spedizione", ["16.90"], "it"),
    ("quanti giorni ci vogliono per milano", ["3–5"], "it"),
    ("¿hacéis envíos a españa? cuánto cuesta", ["16.90"], "es"),
    ("¿envíos a canarias?", [], "es"),
    ("envíos a portugal precio", ["22.90"], "es"),
    ("verzenden jullie naar nederland en wat kost dat", ["16.90"], "nl"),
    ("hoeveel dagen duurt de levering naar amsterdam", ["3–5"], "nl"),
    ("enviam para portugal? quanto custa o envio", ["22.90"], "pt"),
    ("czy wysyłacie do polski? ile kosztuje wysyłka", ["22.90"], "pl"),
    ("skickar ni till sverige? vad kostar frakten", ["22.90"], "sv"),
    ("sender I til danmark, og hvad koster det?", ["22.90"], "da"),
    ("posíláte do české republiky? kolik stojí doprava", ["22.90"], "cs"),
    ("στέλνετε στην ελλάδα; πόσο κοστίζει;", ["29.90"], "el"),
    ("livrați în românia? cât costă transportul", ["29.90"], "ro"),
]:
    c(m, False, "shipping", "livraison", mm, l=l)

# ----------------------------------------------------- age check at the door
for m, mm, l in [
    ("do I need to show ID when the wine is delivered?", ["photo ID"], "en"),
    ("what happens if nobody is home when the courier comes", ["next working day"], "en"),
    ("can the courier leave the box with my neighbour", ["neighbour"], "en"),
    ("im 17 can i order a bottle for my dad's birthday", ["18"], "en"),
    ("my son is 16, can he sign for the parcel if i'm at work?", ["18"], "en"),
    ("it's a gift for my sister, does SHE have to show id or me?", ["person receiving it"], "en"),
    ("what id do they accept? i only have my driving licence", ["driving licence"], "en"),
    ("missed the delivery twice, where does the parcel go now", ["10 days"], "en"),
    ("if nobody picks up the parcel from the pickup point what happens? do i get refunded", ["€12 return fee"], "en"),
    ("in germany you can buy wine at 16, do you still need 18?", ["18"], "en"),
    ("can i change the delivery day? i'm away until thursday", ["tracking e-mail"], "en"),
    ("what if the courier says my id isn't valid, it's expired", ["takes the parcel back"], "en"),
    ("il faut montrer sa carte d'identité à la livraison ?", ["18"], "fr"),
    ("je serai absente toute la semaine, le livreur peut laisser le colis chez la gardienne ?", [], "fr"),
    ("mon fils de 15 ans peut réceptionner le colis ?", ["18"], "fr"),
    ("si personne n'est là il se passe quoi", ["10"], "fr"),
    ("c'est un cadeau pour mon père, c'est lui qui doit montrer sa pièce d'identité ?", [], "fr"),
    ("le colis est en point relais depuis combien de temps avant retour ? j'ai raté 2 passages", ["10"], "fr"),
    ("muss ich bei der lieferung meinen ausweis zeigen?", ["18"], "de"),
    ("kann der bote das paket beim nachbarn abgeben?", [], "de"),
    ("devo essere presente alla consegna? ho 19 anni", ["18"], "it"),
    ("¿qué pasa si no hay nadie en casa cuando llega el repartidor?", ["10"], "es"),
    ("moet ik mijn id laten zien bij de bezorging?", ["18"], "nl"),
    ("a encomenda pode ser entregue ao meu vizinho?", [], "pt"),
    ("czy kurier sprawdza dowód osobisty?", ["18"], "pl"),
    ("co se stane když nebudu doma při doručení?", ["10"], "cs"),
]:
    c(m, False, "shipping", "age-verification", mm, l=l)

# ---------------------------------------- packaging, heat and frost pauses
for m, mm, l in [
    ("how do you pack the bottles so they dont break", ["moulded pulp"], "en"),
    ("is the packaging plastic free?", ["no plastic foam"], "en"),
    ("do you ship in insulated boxes in summer?", ["cooling pack"], "en"),
    ("what is option fraicheur and how much", ["14"], "en"),
    ("can i get temperature controlled shipping for an old burgundy in december", ["all year"], "en"),
    ("how often do bottles arrive broken", ["400"], "en"),
    ("should i open the wine right when it arrives?", ["few days"], "en"),
    ("do magnums ship in their own box", ["own box"], "en"),
    ("it's supposed to be 35 degrees next week, will you still ship my order?", ["30 °C"], "en"),
    ("why hasn't my order left yet, is it the heatwave thing?", ["3–7 days"], "en"),
    ("during a heat wave pause can I ship anyway at my own risk", ["own risk"], "en"),
    ("how long do heat pauses usually last", ["3–7 days"], "en"),
    ("do you also stop shipping when it's freezing", ["Frost"], "en"),
    ("does the heat wave thing apply to my gin order too?", ["Spirits"], "en"),
    ("is there an extra charge when you hold my parcel because of heat", ["nothing is charged extra"], "en"),
    ("comment vous emballez les bouteilles ?", [], "fr"),
    ("l'option fraîcheur coûte combien ?", ["14"], "fr"),
    ("avec la canicule vous envoyez quand même ?", ["30"], "fr"),
    ("ma commande est bloquée à cause de la chaleur ? ça dure combien de temps", ["3–7"], "fr"),
    ("il va geler la semaine prochaine, vous expédiez quand même ?", [], "fr"),
    ("verschickt ihr bei hitze?", ["30"], "de"),
    ("wie sind die flaschen verpackt, kommen die heil an?", ["1.2"], "de"),
    ("con il caldo spedite lo stesso?", ["30"], "it"),
    ("¿el envío es refrigerado en verano?", [], "es"),
    ("verzenden jullie tijdens een hittegolf?", ["30"], "nl"),
]:
    art = "canicule" if re.search(r"heat|freez|35 degrees|chaleur|canicule|geler|hitze|caldo|hittegolf", m) else "emballage"
    c(m, False, "shipping", art, mm, l=l)

# --------------------------------------------------------- duty and customs
for m, mm, l in [
    ("do I have to pay customs when ordering to the UK?", ["at checkout"], "en"),
    ("will there be extra fees at the door for a delivery to london", ["nothing more is due"], "en"),
    ("how much VAT do i pay on wine to the uk", ["20%"], "en"),
    ("ordering to zurich, what duty do I pay?", ["8.1%"], "en"),
    ("does DHL charge a fee for swiss customs?", ["CHF 19"], "en"),
    ("what are the customs charges for norway", ["25%"], "en"),
    ("how many bottles can you send to norway", ["6 bottles"], "en"),
    ("is excise duty included when shipping to germany?", ["tax representative"], "en"),
    ("why is the price different at checkout when i switch the address to belgium", ["excise"], "en"),
    ("my parcel is held at customs in switzerland, what do i do?", ["pay the duty online"], "en"),
    ("can you pay the swiss duty for me and add it to my order?", ["cannot pay"], "en"),
    ("what if i refuse to pay the customs fee", ["45"], "en"),
    ("i think the duty DHL asks is too high. what can i do?", ["service@cavelumiere.fr"], "en"),
    ("can I send 3 bottles of cognac to switzerland, is there a limit", ["5 litres"], "en"),
    ("c'est quoi les frais de douane pour la suisse ?", ["8.1%"], "fr"),
    ("pour une livraison à genève je paie quoi en plus ?", ["CHF 19"], "fr"),
    ("les accises sont comprises dans le prix pour la belgique ?", [], "fr"),
    ("mon colis est bloqué en douane en suisse, je fais comment", [], "fr"),
    ("je dois payer des droits pour envoyer du vin en angleterre ?", ["20%"], "fr"),
    ("muss ich für die schweiz zoll bezahlen?", ["8.1%"], "de"),
    ("fallen für die lieferung nach zürich gebühren bei DHL an?", ["CHF 19"], "de"),
    ("devo pagare la dogana per la svizzera?", ["8.1%"], "it"),
    ("¿hay que pagar aduanas para enviar a reino unido?", ["20%"], "es"),
    ("moet ik invoerrechten betalen voor noorwegen?", ["25%"], "nl"),
    ("hvor mange flasker må I sende til norge?", ["6"], "da"),
    ("trzeba płacić cło do wielkiej brytanii?", ["20%"], "pl"),
    ("tullavgift till norge, hur mycket?", ["NOK 250"], "sv"),
]:
    c(m, False, "shipping", "douane-accises", mm, l=l)

# ------------------------------------------------------- click and collect
for m, mm, l in [
    ("can i collect my order at the shop in lyon?", ["free"], "en"),
    ("how fast is click and collect ready", ["2 hours"], "en"),
    ("if I order at 4pm can i pick up today", ["17:00"], "en"),
    ("how long do you keep a click and collect order", ["14 days"], "en"),
    ("can my husband pick up my order for me?", ["photo ID"], "en"),
    ("can you chill the champagne before i pick it up", ["fridge"], "en"),
    ("can I collect my en primeur wine at the shop instead of delivery", ["5 working days"], "en"),
    ("je peux retirer ma commande en boutique ?", [], "fr"),
    ("retrait en boutique c'est prêt en combien de temps", ["2"], "fr"),
    ("ma femme peut récupérer la commande à ma place ?", ["18"], "fr"),
    ("vous gardez la commande combien de jours en boutique", ["14"], "fr"),
    ("kann ich online bestellen und in lyon abholen?", [], "de"),
    ("posso ritirare in negozio a lione?", [], "it"),
    ("¿puedo recoger el pedido en la tienda?", [], "es"),
]:
    c(m, False, "shipping", "click-and-collect", mm, l=l)

# ---------------------------------------------------------------- en primeur
for m, mm, l in [
    ("what does en primeur mean exactly?", ["barrel"], "en"),
    ("if i buy 2024 bordeaux en primeur now when will it be delivered", ["2027"], "en"),
    ("en primeur - do i pay everything upfront?", ["full price"], "en"),
    ("is shipping included in the en primeur price", ["paid later"], "en"),
    ("can i pay my en primeur order with alma in 3 times", ["Alma"], "en"),
    ("can I cancel an en primeur order after it's confirmed?", ["cannot be cancelled"], "en"),
    ("what happens if the chateau gives you less wine than i ordered", ["14 days"], "en"),
    ("when does the bordeaux primeur campaign happen", ["April to June"], "en"),
    ("do you do burgundy en primeur too?", ["January"], "en"),
    ("when my futures arrive can you keep them in your cellar", ["free for the first year"], "en"),
    ("I moved house, can I change the address for my en primeur delivery", ["before delivery"], "en"),
    ("can I give my en primeur case to my son? what does the transfer cost", ["15"], "en"),
    ("why does my en primeur order still say paid, i ordered in june", ["paid"], "en"),
    ("c'est quoi exactement l'achat en primeur ?", [], "fr"),
    ("les primeurs 2024 seront livrés quand ?", ["2027"], "fr"),
    ("on peut annuler une commande en primeur ?", [], "fr"),
    ("je peux payer les primeurs en plusieurs fois ?", ["Alma"], "fr"),
    ("si le château réduit l'allocation vous remboursez sous combien de temps ?", ["14"], "fr"),
    ("transférer mes primeurs à mon frère ça coûte combien", ["15"], "fr"),
    ("wann wird die subskription 2024 geliefert?", ["2027"], "de"),
    ("cosa vuol dire en primeur? quando arriva il vino", ["2027"], "it"),
    ("¿cuándo llegan los vinos en primeur de 2024?", ["2027"], "es"),
    ("wanneer worden de en primeur wijnen van 2024 geleverd", ["2027"], "nl"),
]:
    c(m, False, "product_info", "en-primeur", mm, l=l)

# ---------------------------------------------------------------- wine club
for m, mm, l in [
    ("how does your wine club work?", ["Découverte"], "en"),
    ("how much is the club per month", ["49"], "en"),
    ("whats the difference between classique and prestige", ["169"], "en"),
    ("how many bottles do i get with the découverte plan", ["3"], "en"),
    ("is delivery included with the club if I live in belgium?", ["9"], "en"),
    ("is there a minimum term for the club subscription", ["no minimum term"], "en"),
    ("how do I cancel my club subscription?", ["End my membership"], "en"),
    ("how do i skip a month of the wine club, i'm on holiday in december", ["Skip next case"], "en"),
    ("can I pause the club for the summer", ["3 months"], "en"),
    ("when is the club case charged and when does it ship?", ["10th"], "en"),
    ("if i cancel the club do i lose my points?", ["stay valid"], "en"),
    ("how many points do i get per euro", ["1 point per euro"], "en"),
    ("how many points for a voucher", ["500 points"], "en"),
    ("do club points expire?", ["24 months"], "en"),
    ("i ordered last week, why don't i have the points yet", ["delivered"], "en"),
    ("do club members get a discount in the shop?", ["10%"], "en"),
    ("does the club discount work on en primeur", ["not on en primeur"], "en"),
    ("i already got charged on the 1st, if I cancel now do i still get this month's case?", ["still sent"], "en"),
    ("no need for a human, just tell me how to pause my subscription", ["Pause"], "en"),
    ("comment fonctionne le club ?", [], "fr"),
    ("le club classique c'est combien par mois ?", ["89"], "fr"),
    ("comment je résilie mon abonnement au club ?", [], "fr"),
    ("je peux sauter un mois ? on part en vacances", [], "fr"),
    ("je voudrais mettre en pause l'abonnement 2 mois, c'est possible ?", ["3"], "fr"),
    ("combien de points pour un bon d'achat ?", ["500"], "fr"),
    ("mes points expirent quand ?", ["24"], "fr"),
    ("la livraison du club est gratuite en france ?", [], "fr"),
    ("wie kann ich mein weinabo pausieren?", ["3"], "de"),
    ("was kostet der weinclub im monat?", ["49"], "de"),
    ("come faccio a disdire l'abbonamento al club?", [], "it"),
    ("¿cuántos puntos necesito para un vale?", ["500"], "es"),
    ("hoe kan ik een maand overslaan bij de wijnclub?", [], "nl"),
    ("como cancelo a assinatura do clube?", [], "pt"),
    ("ile kosztuje klub winiarski miesięcznie?", ["49"], "pl"),
]:
    c(m, False, "account", "club-lumiere", mm, l=l)

# ------------------------------------------------------------ cellar storage
for m, mm, l in [
    ("how much does it cost to store wine in your cellar?", ["€18 per case per year"], "en"),
    ("storage fee for a case of 6 bottles?", ["€12"], "en"),
    ("what do you charge to store a single magnum or a jeroboam", ["€4"], "en"),
    ("is my stored wine insured?", ["included"], "en"),
    ("at what temperature is the cellar kept", ["13 °C"], "en"),
    ("where is your storage cellar", ["Saint-Priest"], "en"),
    ("what does bonded mean, do i pay vat on stored wine?", ["without duty and VAT"], "en"),
    ("how do i withdraw 2 cases from my cellar account", ["My cellar"], "en"),
    ("how long does it take to get my wine out of storage", ["5 working days"], "en"),
    ("what does it cost to have a case delivered from storage", ["€5 handling per case"], "en"),
    ("can i collect stored wine at the shop, is it free", ["free"], "en"),
    ("when do you bill storage fees", ["January"], "en"),
    ("i put a case in storage in june, how is that billed", ["1.50"], "en"),
    ("can I bring my own wine bought elsewhere to store with you", ["3 cases"], "en"),
    ("is en primeur storage free?", ["first year"], "en"),
    ("where do i find my storage invoice", ["My cellar"], "en"),
    ("combien coûte le stockage en cave par caisse ?", ["18"], "fr"),
    ("comment je sors du vin de ma cave chez vous ?", [], "fr"),
    ("la cave est à quelle température ?", ["13"], "fr"),
    ("je peux stocker du vin acheté ailleurs ?", ["25"], "fr"),
    ("le stockage est facturé quand ?", [], "fr"),
    ("was kostet die einlagerung pro kiste im jahr?", ["18"], "de"),
    ("quanto costa conservare una cassa da 12 nella vostra cantina?", ["18"], "it"),
    ("¿cuánto cuesta guardar el vino en vuestra bodega?", ["18"], "es"),
    ("wat kost opslag per kist per jaar", ["18"], "nl"),
    ("kolik stojí uskladnění jedné bedny na rok?", ["18"], "cs"),
]:
    c(m, False, "product_info", "cellar-storage", mm, l=l)

# ------------------------------------------------------------------ corked
for m, mm, l in [
    ("I think my bottle is corked, what do I do", ["cavelumiere.fr/defaut"], "en"),
    ("how do i know if a wine is corked", ["wet cardboard"], "en"),
    ("how long after delivery can I report a faulty bottle", ["12 months"], "en"),
    ("do you replace corked bottles even for old vintages? it's a 1998", ["15 years"], "en"),
    ("there are little white crystals in my meursault, is it faulty?", ["tartrate"], "en"),
    ("the natural wine is a bit fizzy when i opened it, is that a fault", ["sparkle"], "en"),
    ("do i have to send the corked bottle back", ["prepaid label"], "en"),
    ("how much wine do I need to keep in the corked bottle", ["three quarters"], "en"),
    ("how fast do you answer a faulty bottle report", ["2 working days"], "en"),
    ("i just don't like the wine, can i get it replaced?", ["simply do not like"], "en"),
    ("j'ai une bouteille bouchonnée, je fais comment ?", ["cavelumiere.fr/defaut"], "fr"),
    ("il y a un dépôt dans le fond de la bouteille de gevrey 2019, c'est normal ?", [], "fr"),
    ("vous remboursez les bouteilles bouchonnées ?", ["12"], "fr"),
    ("die flasche hat korkgeschmack, was nun?", ["cavelumiere.fr/defaut"], "de"),
    ("il vino sa di tappo, cosa devo fare?", ["cavelumiere.fr/defaut"], "it"),
    ("el vino está acorchado, ¿me lo cambiáis?", ["12"], "es"),
    ("de wijn smaakt naar kurk, wat nu?", ["cavelumiere.fr/defaut"], "nl"),
    ("butelka ma posmak korka, co robić?", ["cavelumiere.fr/defaut"], "pl"),
]:
    c(m, False, "return_refund", "bouchonne", mm, l=l)

# --------------------------------------------- delivery problems, first report
for m, mm, l in [
    ("one bottle arrived broken, what should i do?", ["48 hours"], "en"),
    ("the box was wet when it arrived and a bottle is smashed", ["service@cavelumiere.fr"], "en"),
    ("a bottle in my parcel is cracked and leaking, do i need to send it back?", ["do not need to send"], "en"),
    ("tracking says delivered but there's nothing here??", ["signed"], "en"),
    ("it says delivered yesterday but i never got my parcel", ["2 days"], "en"),
    ("my parcel is late, it's been a week", ["5 working days"], "en"),
    ("how long does it take you to investigate a lost parcel", ["10 working days"], "en"),
    ("wrong wine in my box, i ordered sancerre got vouvray", ["14 days"], "en"),
    ("one bottle is missing from my case of 6", ["14 days"], "en"),
    ("the label got soaked and the cork is leaking, does that count as damage", ["counts as damage"], "en"),
    ("une bouteille est arrivée cassée", ["48"], "fr"),
    ("le colis est marqué livré mais j'ai rien reçu", [], "fr"),
    ("il manque une bouteille dans mon colis", ["14"], "fr"),
    ("mon colis a du retard, ça fait 6 jours", ["5"], "fr"),
    ("eine flasche ist kaputt angekommen", ["48"], "de"),
    ("laut tracking zugestellt aber kein paket da", [], "de"),
    ("mi è arrivata una bottiglia rotta", ["48"], "it"),
    ("dice entregado pero no he recibido nada", [], "es"),
    ("er is een fles gebroken aangekomen", ["48"], "nl"),
    ("chegou uma garrafa partida", ["48"], "pt"),
    ("przyszła stłuczona butelka", ["48"], "pl"),
    ("μια φιάλη έφτασε σπασμένη", ["48"], "el"),
]:
    late = re.search(r"late|investigate|retard", m)
    c(m, False, "shipping" if late else "complaint", "delivery-problems", mm, l=l)

# ------------------------------------------------------------------ returns
for m, mm, l in [
    ("what's your return policy?", ["14 days"], "en"),
    ("can i return unopened bottles?", ["unopened"], "en"),
    ("can I return a bottle I opened but didn't like", ["opened bottles"], "en"),
    ("can i return my en primeur wine?", ["en primeur"], "en"),
    ("are engraved bottles returnable", ["engraved"], "en"),
    ("how do i return 3 bottles of the fleurie", ["cavelumiere.fr/retour"], "en"),
    ("how much does a return cost from france", ["9.90"], "en"),
    ("return shipping cost from spain?", ["19.90"], "en"),
    ("i'm in the uk, who pays the return postage", ["own cost"], "en"),
    ("how long until I get my refund after returning", ["14 days"], "en"),
    ("do you refund the delivery fee when i send back part of the order", ["whole order"], "en"),
    ("can i return bottles to the shop in lyon?", ["order confirmation"], "en"),
    ("can i return a club case i didn't like?", ["14 days"], "en"),
    ("hi. not asking for a refund yet, just want to know how returns work", ["cavelumiere.fr/retour"], "en"),
    ("c'est quoi votre politique de retour ?", ["14"], "fr"),
    ("je peux retourner des bouteilles non ouvertes ?", ["14"], "fr"),
    ("le retour coûte combien depuis la france", ["9.90"], "fr"),
    ("vous remboursez sous combien de jours après le retour ?", ["14"], "fr"),
    ("on peut rendre une bouteille gravée ?", [], "fr"),
    ("je peux ramener les bouteilles à la boutique au lieu de les renvoyer ?", [], "fr"),
    ("wie kann ich ungeöffnete flaschen zurückschicken?", ["cavelumiere.fr/retour"], "de"),
    ("was kostet die rücksendung aus deutschland", ["19.90"], "de"),
    ("posso restituire le bottiglie non aperte?", ["14"], "it"),
    ("¿cuánto tiempo tengo para devolver?", ["14"], "es"),
    ("hoe lang duurt het voordat ik mijn geld terugkrijg na retour", ["14"], "nl"),
    ("posso devolver garrafas fechadas?", ["14"], "pt"),
    ("ile mam dni na zwrot?", ["14"], "pl"),
    ("kan jag returnera oöppnade flaskor?", ["14"], "sv"),
    ("μπορώ να επιστρέψω κλειστά μπουκάλια;", ["14"], "el"),
]:
    c(m, False, "return_refund", "returns", mm, l=l)

# ------------------------------------------------- order changes, the policy
for m, mm, l in [
    ("how do i cancel an order? (not yet, just asking)", ["pending"], "en"),
    ("until when can I change the delivery address", ["prepared"], "en"),
    ("can you cancel an order after it's shipped?", ["refuse the parcel"], "en"),
    ("if I cancel how long until the money is back", ["3–5 working days"], "en"),
    ("can i add bottles to an order i already placed? just asking how it works", ["add bottles"], "en"),
    ("can an engraved bottle order be changed?", ["engraving has started"], "en"),
    ("jusqu'à quand je peux annuler une commande ?", [], "fr"),
    ("comment modifier l'adresse de livraison d'une commande ?", ["service@cavelumiere.fr"], "fr"),
    ("bis wann kann ich eine bestellung stornieren?", [], "de"),
    ("fino a quando posso annullare un ordine?", [], "it"),
    ("¿hasta cuándo puedo cancelar un pedido?", [], "es"),
]:
    c(m, False, "order_status", "order-changes", mm, l=l)
c("i cancelled and the amount is still on my card as pending, is that normal?", False, "payment", "order-changes", ["3–7 working days"])

# ----------------------------------------------- gift boxes and engraving
for m, mm, l in [
    ("do you do gift boxes?", ["Wooden box"], "en"),
    ("how much is a wooden box for 3 bottles", ["24"], "en"),
    ("price of gift wrapping?", ["4.50"], "en"),
    ("can i add a gift message, how long can it be", ["200 characters"], "en"),
    ("if i send a gift will the price be on the delivery note?", ["no prices"], "en"),
    ("can you engrave a name on a champagne bottle?", ["19"], "en"),
    ("how many characters can you engrave", ["25 characters"], "en"),
    ("how much longer does it take with engraving", ["5 working days"], "en"),
    ("can you engrave our company logo on 50 bottles", ["12 bottles"], "en"),
    ("can i return an engraved bottle if they misspell the name", ["engraving is wrong"], "en"),
    ("does the engraving keep accents like é?", ["accents included"], "en"),
    ("vous faites des coffrets cadeaux ? prix ?", ["12"], "fr"),
    ("la gravure sur bouteille c'est combien ?", ["19"], "fr"),
    ("combien de temps en plus pour une bouteille gravée", ["5"], "fr"),
    ("on peut mettre un petit mot avec le cadeau ?", ["200"], "fr"),
    ("was kostet eine gravur auf der flasche?", ["19"], "de"),
    ("fate confezioni regalo? quanto costa quella da 6", ["39"], "it"),
    ("¿cuánto cuesta grabar un nombre en la botella?", ["19"], "es"),
    ("kunnen jullie een naam graveren op een fles cognac?", ["19"], "nl"),
    ("ile kosztuje grawer na butelce?", ["19"], "pl"),
]:
    c(m, False, "product_info", "coffrets-gravure", mm, l=l)

# ------------------------------------------------------------------ tastings
for m, mm, l in [
    ("when is your next tasting?", ["4 December 2025"], "en"),
    ("any tastings in january?", ["15 January 2026"], "en"),
    ("how much is the champagne tasting", ["45"], "en"),
    ("what time do the thursday tastings start", ["19:00"], "en"),
    ("is there a whisky event? how much", ["65"], "en"),
    ("when is the natural wine tasting and the price", ["29 January 2026"], "en"),
    ("do you have anything on bordeaux in february", ["12 February 2026"], "en"),
    ("how many people per tasting", ["20 places"], "en"),
    ("do i get a paper ticket?", ["on your phone"], "en"),
    ("can i bring my 17 year old daughter to the tasting", ["18"], "en"),
    ("i can't make it to the tasting anymore, it's in 10 days. can i get my money back? what's the rule", ["full refund"], "en"),
    ("what happens if I cancel my ticket 3 days before", ["voucher"], "en"),
    ("can i give my ticket to a friend?", ["give your ticket"], "en"),
    ("refund policy for the tasting tickets?", ["7 days"], "en"),
    ("do club members get cheaper tasting tickets", ["10%"], "en"),
    ("can you do a private tasting for my team of 12?", ["€60 per person"], "en"),
    ("who do i email about a private tasting", ["evenements@cavelumiere.fr"], "en"),
    ("c'est quand la prochaine dégustation ?", [], "fr"),
    ("la dégustation côte-rôtie cornas c'est combien ?", ["55"], "fr"),
    ("à quelle heure commencent les dégustations du jeudi", ["19:00"], "fr"),
    ("si j'annule mon billet 5 jours avant je suis remboursé ?", [], "fr"),
    ("vous organisez des dégustations privées pour un anniversaire ? 10 personnes", ["60"], "fr"),
    ("wann ist die nächste weinprobe?", [], "de"),
    ("quanto costa la degustazione di champagne?", ["45"], "it"),
    ("¿cuándo es la próxima cata?", [], "es"),
    ("wanneer is de volgende proeverij", [], "nl"),
    ("kiedy jest następna degustacja?", [], "pl"),
]:
    it = "return_refund" if re.search(r"money back|cancel|refund|annule|rembours", m) else "product_info"
    c(m, False, it, "degustations", mm, l=l)

# -------------------------------------------------- companies and weddings
for m, mm, l in [
    ("do you give a discount for large orders?", ["5%"], "en"),
    ("we need about 80 bottles for our company party, any discount?", ["8%"], "en"),
    ("discount for 150 bottles?", ["12%"], "en"),
    ("does the volume discount apply to en primeur", ["does not apply"], "en"),
    ("how long to get a quote for corporate gifts", ["2 working days"], "en"),
    ("we're getting married in june, how early should we order the wine?", ["4 weeks"], "en"),
    ("can we return unopened cases after the wedding", ["20%"], "en"),
    ("do you deliver to the wedding venue on the day? cost?", ["35"], "en"),
    ("do you lend glasses for events", ["60 bottles"], "en"),
    ("can we taste the wines before choosing for our wedding?", ["free tasting appointment"], "en"),
    ("can our company pay by invoice", ["30 days"], "en"),
    ("vous faites des remises pour un mariage ? on a besoin de 100 bouteilles", ["8%"], "fr"),
    ("on se marie en juillet, vous livrez sur le lieu de réception ?", ["35"], "fr"),
    ("on peut rendre les caisses non ouvertes après le mariage ?", ["20%"], "fr"),
    ("devis pour des cadeaux d'entreprise, à qui écrire ?", ["pro@cavelumiere.fr"], "fr"),
    ("prêtez-vous des verres pour un mariage ?", ["60"], "fr"),
    ("gibt es mengenrabatt ab 60 flaschen?", ["8%"], "de"),
    ("sconto per 120 bottiglie per il matrimonio?", ["12%"], "it"),
    ("¿hacéis descuento por volumen para una boda?", ["5%"], "es"),
    ("korting voor een bedrijfsbestelling van 30 flessen?", ["5%"], "nl"),
    ("desconto para 200 garrafas para casamento?", ["12%"], "pt"),
]:
    c(m, False, "product_info", "entreprises-mariages", mm, l=l)

# ------------------------------------------------------------------- payment
for m, mm, l in [
    ("what payment methods do you accept", ["PayPal"], "en"),
    ("do you take amex?", ["American Express"], "en"),
    ("can i pay in instalments", ["Alma"], "en"),
    ("minimum order for paying in 3 times with alma?", ["150"], "en"),
    ("can i pay by bank transfer? whats the iban", ["FR76 3000 4008 2800 0123 4567 890"], "en"),
    ("how long do you wait for my bank transfer", ["7 days"], "en"),
    ("cash on delivery possible?", ["cash on delivery"], "en"),
    ("when is my card actually charged", ["leaves our cellar"], "en"),
    ("I see two payments for one order on my card, is that normal?", ["3–7 working days"], "en"),
    ("can i pay in pounds? i'm in manchester", ["euros"], "en"),
    ("can I use apple pay", ["Apple Pay"], "en"),
    ("can i pay with tickets restaurant in the shop", ["Meal vouchers"], "en"),
    ("are tasting tickets charged right away?", ["charged at once"], "en"),
    ("vous acceptez paypal ?", [], "fr"),
    ("on peut payer en plusieurs fois ?", ["3"], "fr"),
    ("je veux payer par virement, c'est quoi votre iban", ["FR76 3000 4008 2800 0123 4567 890"], "fr"),
    ("j'ai deux prélèvements pour la même commande ?", ["3–7"], "fr"),
    ("on peut payer en espèces à la boutique ?", [], "fr"),
    ("akzeptiert ihr paypal?", [], "de"),
    ("kann ich per überweisung zahlen", ["FR76 3000 4008 2800 0123 4567 890"], "de"),
    ("accettate carte di credito american express?", [], "it"),
    ("¿aceptáis paypal?", [], "es"),
    ("kan ik met ideal betalen?", [], "nl"),
    ("aceitam mb way?", [], "pt"),
    ("czy mogę zapłacić blikiem?", [], "pl"),
]:
    c(m, False, "payment", "payment", mm, l=l)

# ------------------------------------------------------------------ invoices
for m, mm, l in [
    ("where can I download my invoice", ["My orders"], "en"),
    ("I need a VAT invoice for my company, how?", ["I am ordering for a company"], "en"),
    ("what is your VAT number? need it for accounting", ["FR 62 412 839 507"], "en"),
    ("i forgot to put my company name, can the invoice be redone?", ["3 months"], "en"),
    ("i have a belgian vat number, will you remove the french vat", ["does not remove the VAT"], "en"),
    ("i ordered as a guest, where's my invoice", ["shipping e-mail"], "en"),
    ("can my company pay on 30 day terms", ["30 days"], "en"),
    ("when is the invoice created", ["leaves our cellar"], "en"),
    ("je voudrais une facture au nom de ma société", [], "fr"),
    ("où je trouve ma facture ?", [], "fr"),
    ("vous pouvez refaire la facture avec le nom de l'entreprise ? j'ai oublié de cocher", ["3"], "fr"),
    ("votre numéro de TVA intracom ?", ["FR 62 412 839 507"], "fr"),
    ("ich brauche eine rechnung mit mwst für meine firma", [], "de"),
    ("wo finde ich meine rechnung?", [], "de"),
    ("mi serve la fattura intestata all'azienda", [], "it"),
    ("¿podéis hacer factura a nombre de empresa?", [], "es"),
    ("kunnen jullie een factuur op bedrijfsnaam maken", [], "nl"),
]:
    c(m, False, "payment", "factures", mm, l=l)

# ------------------------------------------------------------------- account
for m, mm, l in [
    ("I forgot my password", ["Forgot your password?"], "en"),
    ("how do i reset my password", ["Forgot your password?"], "en"),
    ("the reset link doesnt work, it's from yesterday", ["1 hour"], "en"),
    ("didn't get the password reset email", ["spam"], "en"),
    ("my account says locked", ["30 minutes"], "en"),
    ("how do i change the email address on my account", ["My details"], "en"),
    ("can i order without creating an account?", ["guest"], "en"),
    ("how do i unsubscribe from the newsletter", ["unsubscribe"], "en"),
    ("why do you need my date of birth to sign up", ["18"], "en"),
    ("j'ai oublié mon mot de passe", [], "fr"),
    ("je reçois pas le mail de réinitialisation", [], "fr"),
    ("comment changer mon adresse de livraison dans mon compte ?", [], "fr"),
    ("compte bloqué après plusieurs essais", ["30"], "fr"),
    ("passwort vergessen, was tun?", [], "de"),
    ("ho dimenticato la password", [], "it"),
    ("he olvidado mi contraseña", [], "es"),
    ("wachtwoord vergeten", [], "nl"),
    ("esqueci-me da palavra-passe", [], "pt"),
    ("zapomniałem hasła", [], "pl"),
    ("zapomněl jsem heslo", [], "cs"),
]:
    c(m, False, "account", "account", mm, l=l)

# ------------------------------------------------------------------- privacy
for m, mm, l in [
    ("how do I delete my account?", ["Delete my account"], "en"),
    ("GDPR request: I want a copy of all data you hold on me. who do i write to", ["dpo@cavelumiere.fr"], "en"),
    ("how long does account deletion take", ["30 days"], "en"),
    ("why do you keep my invoices after deleting the account", ["10 years"], "en"),
    ("i have wine in your cellar, can i still delete my account?", ["cannot be deleted"], "en"),
    ("do you keep a copy of my ID?", ["never"], "en"),
    ("do you sell my data to other companies?", ["never sell"], "en"),
    ("how do i change my cookie settings", ["Cookies"], "en"),
    ("comment supprimer mon compte ?", [], "fr"),
    ("je veux exercer mon droit d'accès RGPD, quelle adresse ?", ["dpo@cavelumiere.fr"], "fr"),
    ("vous gardez une copie de ma carte d'identité ?", [], "fr"),
    ("wie lösche ich mein konto? DSGVO", [], "de"),
    ("come cancello il mio account?", [], "it"),
    ("¿cómo borro mi cuenta?", [], "es"),
    ("hoe verwijder ik mijn account", [], "nl"),
]:
    c(m, False, "account", "privacy", mm, l=l)

# ---------------------------------------------------------------- gift cards
for m, mm, l in [
    ("do you sell gift cards?", ["€25 to €500"], "en"),
    ("how long is a gift card valid", ["12 months"], "en"),
    ("how do i check my gift card balance", ["cavelumiere.fr/carte-cadeau"], "en"),
    ("can i use 2 gift cards on one order", ["several cards"], "en"),
    ("can i use a gift card for en primeur?", ["en primeur"], "en"),
    ("printed gift card, how much for the box", ["5"], "en"),
    ("i lost my gift card, can you replace it", ["order confirmation"], "en"),
    ("can a gift card be sent to my 16 year old nephew?", ["any age"], "en"),
    ("can i get cash back for the rest of my gift card", ["cannot be exchanged for cash"], "en"),
    ("la carte cadeau est valable combien de temps ?", ["12"], "fr"),
    ("comment je vérifie le solde de ma carte cadeau", ["cavelumiere.fr/carte-cadeau"], "fr"),
    ("wie lange ist der gutschein gültig?", ["12"], "de"),
    ("quanto dura il buono regalo?", ["12"], "it"),
    ("¿la tarjeta regalo caduca?", ["12"], "es"),
    ("hoe lang is de cadeaukaart geldig?", ["12"], "nl"),
]:
    c(m, False, "payment", "gift-cards", mm, l=l)

# ---------------------------------------------------- sulphites, allergens
for m, mm, l in [
    ("do your wines contain sulphites?", ["contains sulphites"], "en"),
    ("how much sulphite can an organic red have", ["100 mg/l"], "en"),
    ("which of your wines have no added sulphites", ["sans soufre ajouté"], "en"),
    ("are there egg or milk in wine? i'm allergic to eggs", ["Egg and milk"], "en"),
    ("are your wines vegan?", ["vegan"], "en"),
    ("is white wine higher in sulphites than red?", ["200 mg/l"], "en"),
    ("les vins nature ont des sulfites ?", ["10"], "fr"),
    ("y a-t-il des vins vegan chez vous ?", [], "fr"),
    ("enthält euer wein sulfite?", [], "de"),
    ("il vino biologico ha meno solfiti?", ["100"], "it"),
    ("¿tenéis vinos sin sulfitos añadidos?", [], "es"),
    ("zitten er sulfieten in jullie wijn?", [], "nl"),
]:
    c(m, False, "product_info", "allergenes", mm, l=l)

# ----------------------------------------------------- storing and serving
for m, mm, l in [
    ("at what temperature should i store my bottles at home", ["10–14 °C"], "en"),
    ("what temperature to serve champagne", ["6–8 °C"], "en"),
    ("should beaujolais be served chilled?", ["13–14 °C"], "en"),
    ("serving temp for the côte-rôtie?", ["16–18 °C"], "en"),
    ("how long does an open bottle of red keep", ["3–5 days"], "en"),
    ("should i decant the cornas", ["decanter"], "en"),
    ("bottles lying down or standing up?", ["lying down"], "en"),
    ("à quelle température servir un meursault ?", ["11–13"], "fr"),
    ("une bouteille ouverte se garde combien de temps ?", ["3–5"], "fr"),
    ("bei welcher temperatur lagere ich wein zu hause?", ["10–14"], "de"),
    ("a che temperatura servire il barolo?", ["16–18"], "it"),
    ("¿a qué temperatura sirvo el champagne?", ["6–8"], "es"),
]:
    c(m, False, "product_info", "conservation", mm, l=l)

# ------------------------------------------------- products (data answers)
for m, mm, l in [
    ("how much is the morgon côte du py 2022?", ["24.5"], "en"),
    ("price of the 2019 côte-rôtie la viallière? thinking of 6 bottles", ["89"], "en"),
    ("do u have the meursault 2020 in stock", ["74"], "en"),
    ("whats the alcohol % of the chartreuse verte", ["55%"], "en"),
    ("how old is the cognac xo", ["10 years"], "en"),
    ("whisky 12 ans - how much and is it peaty?", ["69"], "en"),
    ("is the bas-armagnac 1995 still available?", ["145"], "en"),
    ("what's in the duo rhône gift set", ["Cornas"], "en"),
    ("how big is your decanter", ["1.5"], "en"),
    ("can the 18 bottle wine fridge be delivered to brussels?", ["France only"], "en"),
    ("chablis vaillons 2022 price per bottle", ["39"], "en"),
    ("is the fleurie la madone vegan", ["Vegan"], "en"),
    ("do you sell any barolo?", ["58"], "en"),
    ("how sweet is the vouvray demi-sec", ["18 g/l"], "en"),
    ("is the sauternes a full bottle or a half", ["37.5 cl"], "en"),
    ("how many bottles of chartreuse can I buy", ["2 bottles per customer"], "en"),
    ("when should i drink the gevrey 2019", ["2025–2035"], "en"),
    ("how much is the morgon magnum", ["52"], "en"),
    ("is the gin lumière 70cl?", ["50 cl"], "en"),
    ("price for the champagne millésime 2015?", ["98"], "en"),
    ("are the tasting glasses dishwasher safe", ["Dishwasher-safe"], "en"),
    ("Pauillac 2016 grand-lamothe how much? and when is it ready to drink", ["115"], "en"),
    ("what grapes are in your house champagne brut", ["Chardonnay"], "en"),
    ("how much is the calvados 15 ans", ["72"], "en"),
    ("the rioja gran reserva 2016, how long in oak?", ["American oak"], "en"),
    ("the crozes hermitage, is it organic?", ["organic"], "en"),
    ("riesling schlossberg 2021 is it dry or sweet", ["Dry"], "en"),
    ("sancerre caillottes 2023 price", ["26"], "en"),
    ("what's the price of the trio beaujolais box", ["69"], "en"),
    ("how much is the laguiole corkscrew", ["29"], "en"),
    ("does the vacuum stopper come with spare stoppers", ["2 stoppers"], "en"),
    ("saint-émilion 2018 la croix sablée how much", ["49"], "en"),
    ("combien coûte le morgon 2022 ?", ["24.5"], "fr"),
    ("vous avez encore du côte-rôtie 2019 ? il me faut 12 bouteilles", [], "fr"),
    ("le champagne rosé est à combien ?", ["56"], "fr"),
    ("le cornas 2020 il faut le carafer ?", [], "fr"),
    ("prix du coffret champagne + 2 flûtes ?", ["79"], "fr"),
    ("le gin de lyon fait combien de degrés", ["43%"], "fr"),
    ("was kostet der riesling grand cru 2021?", ["32"], "de"),
    ("habt ihr den meursault 2020 noch?", ["74"], "de"),
    ("quanto costa il barolo bussia 2019?", ["58"], "it"),
    ("¿cuánto cuesta el rioja gran reserva 2016?", ["44"], "es"),
    ("wat kost de chablis premier cru 2022?", ["39"], "nl"),
    ("quanto custa o cognac xo?", ["129"], "pt"),
    ("ile kosztuje whisky 12 ans?", ["69"], "pl"),
    ("vad kostar champagne brut réserve?", ["42"], "sv"),
    ("hvad koster sancerre 2023?", ["26"], "da"),
]:
    c(m, False, "product_info", None, mm, l=l)
c("is the provence rosé back in stock? the 2024 one", False, "product_info", None)
c("le rosé de provence 2024 est en rupture ?", False, "product_info", None, l="fr")
c("is the whisky masterclass on 13 december sold out?", False, "product_info", None)

# ------------------------------------------------------- order status (data)
for m, mm, mnm, l, cu in [
    ("where is my order CL-251103-0412?", ["shipped", "6A24117503281"], [], "en", "u1301"),
    ("hi, tracking for cl-251103-0412 pls", ["6A24117503281"], [], "en", "u1301"),
    ("order CL 251103 0412 - has it left yet?", ["shipped"], [], "en", "u1301"),
    ("did my september order arrive? the sancerre one", ["delivered"], [], "en", "u1301"),
    ("où en est ma commande CL-251103-0412 ?", ["6A24117503281"], [], "fr", "u1301"),
    ("status of CL-251029-0384 please, its going to manchester", ["shipped", "1Z9X42E80491902214"], [], "en", "u1311"),
    ("has my uk order been sent? the calvados and 2 saint-émilion", ["1Z9X42E80491902214"], [], "en", "u1311"),
    ("waar is mijn bestelling CL-251103-0415?", ["4471866031"], [], "nl", "u1328"),
    ("trackingnummer voor mijn bestelling alstublieft", ["4471866031"], [], "nl", "u1328"),
    ("what's the status of my natural wine order", ["shipped", "6A24113340776"], [], "en", "u1329"),
    ("suivi de la commande #CL-251104-0427 svp", ["6A24113340776"], [], "fr", "u1329"),
    ("¿dónde está mi pedido CL-251030-0393?", ["1Z9X42E80491955470"], [], "es", "u1338"),
    ("número de seguimiento de mi pedido por favor", ["1Z9X42E80491955470"], [], "es", "u1338"),
    ("gdzie jest moje zamówienie CL-251102-0409?", ["4471859914"], [], "pl", "u1340"),
    ("har min beställning CL-251107-0448 skickats?", [], ["4471859914"], "sv", "u1341"),
    ("is my order CL-251107-0448 shipped yet? meursault x2", ["paid"], [], "en", "u1341"),
    ("¿ya habéis enviado el pedido CL-251108-0455? 6 botellas de rioja", [], [], "es", "u1332"),
    ("πού βρίσκεται η παραγγελία μου CL-251027-0360;", ["1Z9X42E80491877103"], [], "el", "u1342"),
    ("when will my gin arrive in oslo? order CL-251021-0300", ["shipped", "4471802267"], [], "en", "u1324"),
    ("la mia ordinazione CL-251012-0197 è stata consegnata?", [], [], "it", "u1331"),
    ("has my corporate order with the 10 trio boxes shipped", ["shipped", "6A24113399051"], [], "en", "u1334"),
    ("my click and collect order CL-251107-0450, is it ready?", ["paid"], [], "en", "u1317"),
    ("est-ce que ma commande CL-251026-0341 a été livrée ? c'était avec votre camionnette", [], [], "fr", "u1327"),
    ("is order CL-251106-0444 really cancelled? just checking", ["cancelled"], [], "en", "u1336"),
    ("did you refund the sauternes order CL-251018-0255", ["refunded"], [], "en", "u1330"),
    ("i paid by transfer for CL-251109-0458, has it been processed?", ["pending"], [], "en", "u1325"),
    ("meine bestellung cl-251103-0415, wo ist die?", ["4471866031"], [], "de", "u1328"),
    ("i need the tracking number for my most recent order", ["6A24113340776"], [], "en", "u1329"),
    ("the club case for october, was it delivered?", ["delivered"], [], "en", "u1316"),
    ("status of my order please", ["shipped"], [], "en", "u1311"),
]:
    c(m, False, "order_status", None, mm, mnm, l=l, cu=cu)
# named order that belongs to someone else / does not exist
for m, mnm, l in [
    ("where is order CL-251028-0377?", ["4471829305", "Meursault"], "en"),
    ("tracking for CL-251024-0318 please", ["6A24101177562"], "en"),
    ("can you check CL-251103-0412 for me", ["6A24117503281"], "en"),
    ("où est la commande CL-251031-0396 ?", ["6A24106670042"], "fr"),
    ("wo ist bestellung CL-251029-0387?", ["4471840052"], "de"),
    ("order CL-251199-0001 status?", [], "en"),
    ("where's my order? 6 bottles of morgon 2022, paid 147 euros last week", ["6A24117503281"], "en"),
]:
    c(m, False, "order_status", None, [], mnm, l=l)
# orders whose timing a page explains
c("when will I get my en primeur order CL-250612-0108?", False, "order_status", "en-primeur", ["2027"], cu="u1305")
c("ma commande de primeurs CL-250612-0108 est toujours en 'paid', c'est normal ?", False, "order_status", "en-primeur", ["2027"], l="fr", cu="u1305")
c("when does my engraved champagne ship? order CL-251105-0433", False, "order_status", "coffrets-gravure", ["5 working days"], cu="u1310")
c("cognac gravé commandé le 5/11, ça part quand ? CL-251105-0436", False, "order_status", "coffrets-gravure", ["5"], l="fr", cu="u1326")
c("i bought 2 tickets for the champagne tasting (CL-251101-0402), where's my ticket?", False, "product_info", "degustations", ["e-mail"], cu="u1315")

# ============================================================ hand-overs
# --------------------------------------------- explicit asks for a person
for m, l in [
    ("can i speak to a human please", "en"),
    ("human", "en"),
    ("real person pls", "en"),
    ("i'd like to talk to someone from your team", "en"),
    ("is there a person I could chat with instead of a bot?", "en"),
    ("put me through to an agent", "en"),
    ("I would prefer to discuss this with a member of staff, if that's possible.", "en"),
    ("could someone from the cellar team contact me", "en"),
    ("can someone call me back this afternoon? 06 12 34 56 78", "en"),
    ("please have someone ring me, i'd rather explain on the phone", "en"),
    ("can I talk to Claire? she helped me last time", "en"),
    ("is Marc the sommelier available? I'd like to talk to him", "en"),
    ("get me a real human being asap", "en"),
    ("no offence but i want a person", "en"),
    ("can you transfer me to customer service", "en"),
    ("need to talk to someone about my order", "en"),
    ("id like advice from one of your sommeliers, a real one", "en"),
    ("operator", "en"),
    ("hello? is anybody there, a real person?", "en"),
    ("Could a colleague of yours get in touch with me by email please", "en"),
    ("speak to manager", "en"),
    ("wanna talk to a person not a machine", "en"),
    ("je voudrais parler à un conseiller", "fr"),
    ("un humain svp", "fr"),
    ("est-ce que je peux parler à quelqu'un de la cave ?", "fr"),
    ("passez-moi un vrai conseiller s'il vous plaît", "fr"),
    ("quelqu'un peut me rappeler ? 06 71 22 48 90, plutôt après 18h", "fr"),
    ("j'aimerais être rappelée par un sommelier", "fr"),
    ("je préfère voir ça avec une personne", "fr"),
    ("Bonjour, serait-il possible d'échanger avec un membre de l'équipe ?", "fr"),
    ("je veux parler à Sophie de la boutique", "fr"),
    ("mettez moi en relation avec le service client", "fr"),
    ("y a-t-il un être humain derrière ce chat ? je voudrais lui parler", "fr"),
    ("bonjour je souhaiterais parler à quelqu'un pour une commande", "fr"),
    ("ich möchte mit einem mitarbeiter sprechen", "de"),
    ("bitte einen menschen", "de"),
    ("können Sie mich zurückrufen lassen?", "de"),
    ("kann ich jemanden vom kellerteam sprechen?", "de"),
    ("vorrei parlare con una persona", "it"),
    ("mi può richiamare un operatore?", "it"),
    ("posso parlare con qualcuno del negozio?", "it"),
    ("quiero hablar con una persona", "es"),
    ("¿me puede llamar alguien? prefiero hablar por teléfono", "es"),
    ("pásame con un agente por favor", "es"),
    ("ik wil graag een medewerker spreken", "nl"),
    ("kan iemand mij terugbellen?", "nl"),
    ("quero falar com uma pessoa", "pt"),
    ("podem ligar-me de volta?", "pt"),
    ("chcę rozmawiać z konsultantem", "pl"),
    ("proszę o kontakt z człowiekiem", "pl"),
    ("kan jag få prata med en människa?", "sv"),
    ("kan jeg tale med en medarbejder?", "da"),
    ("chci mluvit s operátorem", "cs"),
    ("θέλω να μιλήσω με έναν υπάλληλο", "el"),
    ("vreau să vorbesc cu un operator uman", "ro"),
]:
    c(m, True, "human_request", None, l=l)

# --------------------------------------------- press and partnerships
for m, l in [
    ("I'm a journalist at Le Progrès writing about Lyon wine shops, could someone from your team get back to me?", "en"),
    ("we're a winery in the Jura looking for a merchant, who can we talk to about a partnership?", "en"),
    ("hi, I run a wine podcast and would love to interview your owner, can you put me in touch", "en"),
    ("bonjour, je suis journaliste pour un magazine gastronomique, je voudrais un contact avec la direction", "fr"),
    ("nous sommes un domaine en Beaujolais, on aimerait vous présenter nos vins, qui peut nous recevoir ?", "fr"),
    ("wir sind ein Weingut aus der Pfalz und suchen einen Händler in Frankreich, mit wem kann ich sprechen?", "de"),
    ("sono una blogger di vino, vorrei collaborare con voi, posso parlare con qualcuno?", "it"),
    ("soy periodista de una revista de vinos, ¿podría hablar con el responsable?", "es"),
]:
    c(m, True, "human_request", "contact", l=l)

# -------------------------------------------- cancel or change an order
for m, l, cu, art in [
    ("please cancel my order CL-251106-0441", "en", "u1309", "order-changes"),
    ("I want to cancel CL-251106-0441, ordered the wrong vintage", "en", "u1309", "order-changes"),
    ("cancel order cl-251106-0441 asap pls, i ordered 6 côte-rôtie by mistake i wanted 2", "en", "u1309", "order-changes"),
    ("can you change the address on CL-251106-0441? I'm moving to 8 rue Paul Bert", "en", "u1309", "order-changes"),
    ("annulez ma commande CL-251106-0441 svp", "fr", "u1309", "order-changes"),
    ("je voudrais ajouter 2 bouteilles à ma commande CL-251106-0441", "fr", "u1309", "order-changes"),
    ("bitte stornieren Sie meine Bestellung CL-251107-0448", "de", "u1341", "order-changes"),
    ("kan ni ändra leveransadressen för CL-251107-0448?", "sv", "u1341", "order-changes"),
    ("please cancel my order, I paid by transfer but changed my mind (CL-251109-0458)", "en", "u1325", "order-changes"),
    ("annulla l'ordine CL-251108-0455 per favore", "it", "u1332", "order-changes"),
    ("quiero cancelar el pedido CL-251108-0455", "es", "u1332", "order-changes"),
    ("can you swap the rosé in my click & collect order for the brut? CL-251107-0450", "en", "u1317", "order-changes"),
    ("please change the engraving text on CL-251105-0433, it should say 'Joyeux 40 ans Paul' not 'Joyeux 40 ans Pual'", "en", "u1310", "coffrets-gravure"),
    ("la gravure sur ma commande CL-251105-0436 doit être 'Pour Hélène' et pas 'Pour Helene' je peux modifier ?", "fr", "u1326", "coffrets-gravure"),
    ("I want to cancel my en primeur order CL-250612-0108, I need the money back", "en", "u1305", "en-primeur"),
    ("je voudrais annuler mes primeurs, commande CL-250612-0108", "fr", "u1305", "en-primeur"),
    ("can you change the delivery date of our wedding order CL-251104-0420 to the 28th", "en", "u1314", "entreprises-mariages"),
    ("please redirect my parcel CL-251103-0412 to my office, 12 rue de la République Lyon 2", "en", "u1301", "order-changes"),
    ("il faut livrer CL-251103-0412 chez ma mère plutôt, c'est possible de changer ?", "fr", "u1301", "order-changes"),
    ("stop my order CL-251103-0415 I don't want it anymore", "en", "u1328", "order-changes"),
    ("ik wil mijn bestelling CL-251103-0415 annuleren", "nl", "u1328", "order-changes"),
    ("can you cancel my order from yesterday, the one with the meursault", "en", "u1341", "order-changes"),
    ("anulujcie proszę zamówienie CL-251102-0409", "pl", "u1340", "order-changes"),
    ("I want to cancel my 2 tasting tickets CL-251101-0402, can you do it for me", "en", "u1315", "degustations"),
    ("annulez mes billets pour la dégustation champagne du 4 décembre svp (CL-251101-0402)", "fr", "u1315", "degustations"),
    ("cancel my club subscription for me please, I can't find the button", "en", None, "club-lumiere"),
    ("please resend my parcel CL-251008-0171, it came back to you", "en", "u1313", "age-verification"),
    ("bitte schicken Sie meine Bestellung CL-251008-0171 noch einmal, ich bin jetzt zu Hause", "de", "u1313", "age-verification"),
]:
    it = "return_refund" if "cancel my 2 tasting" in m or "billets" in m else ("account" if "club" in m else "order_status")
    c(m, True, it, art, l=l, cu=cu)

# --------------------------------------------- things only staff can do
E = []  # (messages, intent, article, lang, customer)
E += [  # charged twice / unknown charges
    ("i've been charged twice for CL-251031-0396, both 158 € are booked on my statement, not pending", "payment", "payment", "en", "u1319"),
    ("you took the money 2 times for my order, it's been 10 days and both charges are still there", "payment", "payment", "en", "u1319"),
    ("double charge on my visa for the duo rhône boxes, 158 euros x2, bank says both are final", "payment", "payment", "en", "u1319"),
    ("vous m'avez débité deux fois 158 € pour la commande CL-251031-0396, ça fait plus d'une semaine", "payment", "payment", "fr", "u1319"),
    ("doppelte abbuchung auf meiner kreditkarte, beide sind seit 9 tagen gebucht", "payment", "payment", "de", "u1319"),
    ("mi avete addebitato due volte lo stesso ordine", "payment", "payment", "it", None),
    ("me habéis cobrado dos veces el pedido y ya han pasado dos semanas", "payment", "payment", "es", None),
    ("there's a charge of 89 eur from cave lumiere on my card and i never ordered anything", "payment", None, "en", None),
    ("il y a un prélèvement Cave Lumière de 49 € que je ne reconnais pas", "payment", None, "fr", None),
]
E += [  # charged after cancelling
    ("I cancelled CL-251027-0355 the same day but you still charged me 147.90", "payment", "order-changes", "en", "u1308"),
    ("order was cancelled, why did the money leave my account?? CL-251027-0355. it's not a reservation, it's debited", "payment", "order-changes", "en", "u1308"),
    ("j'ai annulé ma commande de whisky et j'ai quand même été débité, c'est pas normal", "payment", "order-changes", "fr", "u1308"),
    ("commande annulée le 27 octobre, toujours débitée de 147,90 € aujourd'hui", "payment", "order-changes", "fr", "u1308"),
    ("ich habe storniert und trotzdem wurde abgebucht", "payment", "order-changes", "de", None),
    ("ho annullato l'ordine ma mi avete preso i soldi lo stesso", "payment", "order-changes", "it", None),
    ("anulei a encomenda e fui cobrado na mesma", "payment", "order-changes", "pt", None),
]
E += [  # refund missing
    ("my refund for CL-250930-0211 still hasn't arrived, you said refunded on 14 october, it's almost a month", "return_refund", "returns", "en", "u1306"),
    ("where is my money?? returned 12 bottles of sancerre weeks ago and nothing on my card", "return_refund", "returns", "en", "u1306"),
    ("remboursement toujours pas reçu pour la commande CL-250930-0211, ça fait 4 semaines", "return_refund", "returns", "fr", "u1306"),
    ("I sent back the 3 gevrey bottles on 22 october, UPS shows you got them on the 27th, still no refund", "return_refund", "returns", "en", "u1307"),
    ("ich warte seit drei wochen auf meine erstattung für CL-251015-0263", "return_refund", "returns", "de", "u1307"),
    ("non ho ancora ricevuto il rimborso del reso, sono passate 5 settimane", "return_refund", "returns", "it", None),
    ("no me ha llegado el reembolso de la devolución, hace un mes", "return_refund", "returns", "es", None),
    ("nog steeds geen terugbetaling na mijn retour van vorige maand", "return_refund", "returns", "nl", None),
    ("wciąż nie dostałem zwrotu pieniędzy za zwrot, minęły 3 tygodnie", "return_refund", "returns", "pl", None),
]
E += [  # broken, and the replacement broken too
    ("the replacement rosé you sent (CL-251023-0309) ALSO arrived broken. second time now", "complaint", "delivery-problems", "en", "u1320"),
    ("first order had a smashed champagne, you sent another one and that's broken too. what now", "complaint", "delivery-problems", "en", "u1320"),
    ("deuxième colis, deuxième bouteille cassée. le remplacement CL-251023-0309 est arrivé en morceaux", "complaint", "delivery-problems", "fr", "u1320"),
    ("auch die ersatzflasche kam zerbrochen an", "complaint", "delivery-problems", "de", None),
    ("anche la bottiglia sostitutiva è arrivata rotta", "complaint", "delivery-problems", "it", None),
    ("la botella de reemplazo también llegó rota", "complaint", "delivery-problems", "es", None),
]
E += [  # delivered but not received, already checked
    ("CL-251024-0318 says delivered on the 28th, signed by 'DUPONT' - nobody here is called dupont, I asked the neighbours and the caretaker, nothing", "complaint", "delivery-problems", "en", "u1304"),
    ("I already checked everything on your list, asked everyone in the building, it's been 4 days, the trio box never came", "complaint", "delivery-problems", "en", "u1304"),
    ("colis CL-251024-0318 indiqué livré, j'ai demandé à la gardienne et aux voisins, rien. ça fait 5 jours", "complaint", "delivery-problems", "fr", "u1304"),
    ("paket laut dhl zugestellt, habe alle nachbarn gefragt, es ist seit einer woche nicht da", "complaint", "delivery-problems", "de", None),
    ("risulta consegnato ma non l'ho mai ricevuto, ho già chiesto al portiere e ai vicini", "complaint", "delivery-problems", "it", None),
    ("pone entregado pero no, ya pregunté a los vecinos y al portero, nada después de 3 días", "complaint", "delivery-problems", "es", None),
    ("tracking zegt bezorgd, handtekening is niet van ons, buren hebben niks, al 4 dagen", "complaint", "delivery-problems", "nl", None),
]
E += [  # customs fee disputed
    ("DHL wants CHF 146 for my parcel CL-251028-0377, that's way more than 8.1% VAT, this is wrong", "shipping", "douane-accises", "en", "u1302"),
    ("the swiss customs bill for my cognac and meursault is absurd, i'm not paying that, sort it out with DHL", "shipping", "douane-accises", "en", "u1302"),
    ("DHL me réclame 146 CHF de douane pour la commande CL-251028-0377, c'est faux, vous pouvez régler ça ?", "shipping", "douane-accises", "fr", "u1302"),
    ("der zoll verlangt viel zu viel für mein paket, das kann nicht stimmen, bitte klären sie das", "shipping", "douane-accises", "de", "u1302"),
    ("my parcel to bergen is stuck at customs, they want 2900 NOK, you told me it'd be much less", "shipping", "douane-accises", "en", "u1324"),
    ("il pacco è fermo in dogana a chiasso e mi chiedono una tassa che non è giusta", "shipping", "douane-accises", "it", None),
]
E += [  # age check failed, parcel back, wants it resent
    ("the courier refused to give my dad his parcel because his ID was expired, now it's gone back to you. can you send it again? CL-251008-0171", "order_status", "age-verification", "en", "u1313"),
    ("my order went back to you after the ID thing, please ship it again to the same address, i'll be home", "order_status", "age-verification", "en", "u1313"),
    ("le livreur a refusé de donner le colis à ma fille de 17 ans, il est reparti, vous pouvez le renvoyer ?", "order_status", "age-verification", "fr", None),
    ("mein paket ging zurück weil ich den ausweis nicht dabei hatte, bitte nochmal senden CL-251008-0171", "order_status", "age-verification", "de", "u1313"),
    ("il corriere non mi ha consegnato il pacco per il documento, ora è tornato da voi, me lo rispedite?", "order_status", "age-verification", "it", None),
]
E += [  # en primeur allocation cut
    ("you've cut my Margaux 2024 allocation from 2 cases to 1?? I paid for 2 in may, CL-250520-0061", "complaint", "en-primeur", "en", "u1321"),
    ("just got an email that I only get 6 bottles of belle-rive instead of 12. I want the full allocation, I was one of your first customers", "complaint", "en-primeur", "en", "u1321"),
    ("vous réduisez mon allocation de margaux 2024 ? j'ai payé 948 € en mai", "complaint", "en-primeur", "fr", "u1321"),
    ("meine subskription wurde gekürzt, das akzeptiere ich nicht", "complaint", "en-primeur", "de", None),
]
E += [  # storage invoice wrong
    ("my storage invoice says 4 cases but i only have 3 in your cellar, I withdrew one last year", "payment", "cellar-storage", "en", "u1322"),
    ("the january storage bill is wrong, you charged €18 x 4, I have 3 cases", "payment", "cellar-storage", "en", "u1322"),
    ("facture de stockage fausse, vous me comptez une caisse que j'ai retirée en octobre", "payment", "cellar-storage", "fr", "u1322"),
    ("you billed me full year storage for the en primeur cases that are supposed to be free the first year", "payment", "cellar-storage", "en", None),
    ("die lagerrechnung stimmt nicht, ich habe nur 2 kisten bei euch", "payment", "cellar-storage", "de", None),
    ("la factura del almacenaje está mal, me cobráis cajas que ya retiré", "payment", "cellar-storage", "es", None),
]
E += [  # club points vanished
    ("I had 640 club points last week and now it says 40?? where did they go", "account", "club-lumiere", "en", "u1333"),
    ("my points for the armagnac never showed up, it was delivered in october", "account", "club-lumiere", "en", "u1333"),
    ("mes points du club ont disparu, j'en avais plus de 600", "account", "club-lumiere", "fr", "u1333"),
    ("meine clubpunkte sind weg, gestern waren es noch 520", "account", "club-lumiere", "de", None),
    ("i miei punti del club sono spariti", "account", "club-lumiere", "it", None),
    ("mis puntos del club han desaparecido", "account", "club-lumiere", "es", None),
    ("the €25 voucher I made from my points isn't working and the points are gone", "account", "club-lumiere", "en", None),
]
E += [  # order the customer did not place / hijacked
    ("there's an order CL-251102-0407 on my account for 2 chartreuse that I never placed", "account", None, "en", "u1318"),
    ("someone ordered on my account!! 2 bottles of chartreuse going to an address i don't know", "account", None, "en", "u1318"),
    ("je n'ai jamais passé la commande CL-251102-0407, quelqu'un utilise mon compte", "account", None, "fr", "u1318"),
    ("auf meinem konto ist eine bestellung die ich nicht gemacht habe", "account", None, "de", None),
    ("hay un pedido en mi cuenta que no hice yo", "account", None, "es", None),
    ("someone changed my account email and password, i can't log in anymore", "account", None, "en", None),
]
E += [  # deletion that did not happen
    ("I deleted my account 2 months ago and I'm still getting your newsletters and my account still works", "account", "privacy", "en", None),
    ("asked dpo@ to erase my data in august, no answer, still getting emails. this is a GDPR breach", "account", "privacy", "en", None),
    ("j'ai demandé la suppression de mon compte il y a 6 semaines et il existe toujours", "account", "privacy", "fr", None),
    ("ich habe vor zwei monaten die löschung meiner daten verlangt, nichts ist passiert", "account", "privacy", "de", None),
    ("ho chiesto la cancellazione dei miei dati a settembre e ricevo ancora email", "account", "privacy", "it", None),
    ("pedí borrar mi cuenta hace 40 días y sigue activa", "account", "privacy", "es", None),
]
E += [  # locked out after trying the steps
    ("I've reset my password 3 times, the link always says expired even when i click right away. still can't log in", "account", "account", "en", None),
    ("j'ai fait mot de passe oublié plusieurs fois, aucun mail, même dans les spams. je suis bloqué", "account", "account", "fr", None),
    ("passwort zurücksetzen funktioniert nicht, keine e-mail, auch nicht im spam, seit 3 tagen", "account", "account", "de", None),
]
E += [  # wedding by a date
    ("our wedding is on 22 november, the wine order CL-251104-0420 MUST be at the venue by the 21st. can you guarantee that?", "order_status", "entreprises-mariages", "en", "u1314"),
    ("notre mariage est le 22 novembre, il faut absolument que les 120 bouteilles soient livrées au domaine le 21", "order_status", "entreprises-mariages", "fr", "u1314"),
    ("we need the 60 champagnes for the wedding delivered by friday at the latest, it's in annecy", "order_status", "entreprises-mariages", "en", "u1314"),
    ("la boda es el sábado y el vino tiene que llegar el jueves sin falta", "order_status", "entreprises-mariages", "es", None),
    ("unsere hochzeit ist am 29., der wein muss bis zum 27. da sein, garantiert", "order_status", "entreprises-mariages", "de", None),
]
E += [  # ill, allergic, hurt
    ("after two glasses of your natural wine I got a rash and my throat felt tight. what is in it?", "complaint", "allergenes", "en", None),
    ("I had a bad reaction to the rosé, i'm allergic to sulphites and it said low sulphite", "complaint", "allergenes", "en", None),
    ("j'ai fait une réaction allergique après le vin, visage gonflé, je suis allée aux urgences", "complaint", "allergenes", "fr", None),
    ("mein mann hatte nach dem wein eine allergische reaktion, er musste ins krankenhaus", "complaint", "allergenes", "de", None),
    ("ho avuto una reazione allergica dopo il vostro vino", "complaint", "allergenes", "it", None),
    ("we both felt really ill after the gevrey, vomiting all night. was something wrong with the batch?", "complaint", "allergenes", "en", None),
    ("I cut my hand badly on the broken bottle when I opened the box, needed 4 stitches", "complaint", "delivery-problems", "en", "u1303"),
    ("je me suis coupé en ouvrant le carton, une bouteille était cassée à l'intérieur", "complaint", "delivery-problems", "fr", "u1303"),
    ("ich habe mich an der kaputten flasche im paket geschnitten", "complaint", "delivery-problems", "de", None),
    ("mi sono tagliata con i vetri della bottiglia rotta", "complaint", "delivery-problems", "it", None),
    ("the cork of the champagne shot out when i opened the box and hit my eye, it's swollen", "complaint", None, "en", None),
]
E += [  # legal threats
    ("if I don't get my refund by friday I'm taking this to my lawyer", "complaint", None, "en", None),
    ("this is fraud. I'll report you to the consumer protection agency and the police", "complaint", None, "en", None),
    ("je vais saisir la DGCCRF et un avocat si ça n'est pas réglé", "complaint", None, "fr", None),
    ("mise en demeure : je vous donne 8 jours pour me rembourser", "complaint", None, "fr", None),
    ("ich schalte jetzt meinen anwalt ein", "complaint", None, "de", None),
    ("vi denuncio, andrò dall'avvocato", "complaint", None, "it", None),
    ("os voy a denunciar a consumo", "complaint", None, "es", None),
]
E += [  # staff complaints
    ("the guy at the shop on saturday was really rude to my wife and laughed at her question", "complaint", None, "en", None),
    ("your delivery driver in the van threw the box on the ground and drove off", "complaint", None, "en", None),
    ("I want to complain about the sommelier at the tasting last thursday, he was drunk and insulting", "complaint", None, "en", None),
    ("la vendeuse a été très désagréable avec moi ce matin à la boutique", "complaint", None, "fr", None),
    ("le livreur de votre camionnette m'a parlé très mal", "complaint", None, "fr", None),
    ("der verkäufer im laden war unhöflich zu mir", "complaint", None, "de", None),
    ("la persona al telefono mi ha chiuso in faccia", "complaint", None, "it", None),
]
E += [  # money back requests
    ("bottle of brut arrived broken, I don't want a replacement, just refund it please", "return_refund", "delivery-problems", "en", "u1303"),
    ("refund me the broken champagne from CL-251020-0291", "return_refund", "delivery-problems", "en", "u1303"),
    ("the pauillac 2016 was corked, both bottles. I want my money back, not a replacement", "return_refund", "bouchonne", "en", "u1312"),
    ("remboursez-moi les 2 bouteilles de pauillac bouchonnées de la commande CL-251030-0390", "return_refund", "bouchonne", "fr", "u1312"),
    ("ich will mein geld zurück für die kaputte flasche", "return_refund", "delivery-problems", "de", None),
    ("voglio il rimborso per la bottiglia sbagliata che mi avete mandato", "return_refund", "delivery-problems", "it", "u1337"),
    ("I want a refund for the shipping, you sent it in 2 parcels and charged me twice for delivery", "return_refund", "livraison", "en", None),
    ("my gift card balance was €120 and now it shows 0, I haven't used it", "payment", "gift-cards", "en", "u1323"),
    ("le solde de ma carte cadeau a disparu, 100 € envolés", "payment", "gift-cards", "fr", "u1323"),
]
for m, it, art, l, cu in E:
    c(m, True, it, art, l=l, cu=cu)

# ================================================== conversations (2-4 turns)
# ---- a question, then a person is asked for (hand-over keeps the page)
for msgs, art, l in [
    (["how much is shipping to germany?", "ok and can i talk to someone about a bigger order"], "livraison", "en"),
    (["how does the wine club work", "hmm ok. can a human explain it to me on the phone?"], "club-lumiere", "en"),
    (["what's the storage fee per case?", "i'd like someone from the cellar team to call me about moving 30 cases"], "cellar-storage", "en"),
    (["do you do engraving?", "great, can i speak with someone to design the text"], "coffrets-gravure", "en"),
    (["how do returns work", "ok i'd rather talk to a person about it"], "returns", "en"),
    (["what's your return policy", "fine. human please"], "returns", "en"),
    (["my bottle is corked, what do i do", "can I just speak to someone instead of filling a form"], "bouchonne", "en"),
    (["when will the 2024 bordeaux arrive?", "ok I want to talk to someone about my allocation"], "en-primeur", "en"),
    (["do you do discounts for weddings", "perfect, can someone contact me to set up the tasting appointment"], "entreprises-mariages", "en"),
    (["what are the customs fees for switzerland", "could a colleague call me about it, it's complicated"], "douane-accises", "en"),
    (["how do i get a VAT invoice", "can i speak to someone in accounting please"], "factures", "en"),
    (["what happens if nobody's home for the delivery", "ok, i'd like a real person to sort out my delivery"], "age-verification", "en"),
    (["what payment methods do you take", "I'd like to speak with someone"], "payment", "en"),
    (["when is the next tasting?", "can someone from events call me? we're 14 people"], "degustations", "en"),
    (["combien coûte la livraison en belgique ?", "d'accord, je peux parler à quelqu'un ?"], "livraison", "fr"),
    (["comment fonctionne le stockage en cave ?", "je voudrais qu'un conseiller me rappelle"], "cellar-storage", "fr"),
    (["c'est quoi la politique de retour", "ok merci, mais je préfère parler à un humain"], "returns", "fr"),
    (["vous faites des remises pour les mariages ?", "super, quelqu'un peut m'appeler pour en discuter ?"], "entreprises-mariages", "fr"),
    (["comment je résilie le club ?", "je préfère le faire avec une personne au téléphone"], "club-lumiere", "fr"),
    (["les primeurs 2024 arrivent quand ?", "je voudrais parler à quelqu'un de la cave à ce sujet"], "en-primeur", "fr"),
    (["j'ai une bouteille bouchonnée", "je peux parler à un sommelier plutôt ?"], "bouchonne", "fr"),
    (["c'est combien la gravure ?", "ok, un conseiller peut me contacter ? c'est pour 40 bouteilles"], "coffrets-gravure", "fr"),
    (["was kostet der versand in die schweiz?", "kann mich jemand anrufen?"], "livraison", "de"),
    (["wie funktioniert die einlagerung?", "ich möchte lieber mit einem mitarbeiter sprechen"], "cellar-storage", "de"),
    (["quanto costa la spedizione in italia?", "posso parlare con qualcuno?"], "livraison", "it"),
    (["come funziona il club del vino?", "vorrei parlare con una persona"], "club-lumiere", "it"),
    (["¿cuál es la política de devoluciones?", "vale, quiero hablar con una persona"], "returns", "es"),
    (["¿hacéis descuentos para bodas?", "¿me puede llamar alguien para hablarlo?"], "entreprises-mariages", "es"),
    (["hoeveel kost verzending naar nederland?", "kan ik iemand spreken?"], "livraison", "nl"),
    (["quanto custa o armazenamento na cave?", "quero falar com alguém"], "cellar-storage", "pt"),
    (["ile kosztuje wysyłka do polski?", "mogę porozmawiać z konsultantem?"], "livraison", "pl"),
    (["vad kostar vinklubben?", "kan jag prata med någon?"], "club-lumiere", "sv"),
    (["hvad koster det at returnere?", "kan jeg tale med en person?"], "returns", "da"),
    (["kolik stojí doprava do čech?", "můžu mluvit s člověkem?"], "livraison", "cs"),
    (["πόσο κοστίζει η αποστολή στην ελλάδα;", "μπορώ να μιλήσω με κάποιον;"], "livraison", "el"),
    (["cât costă livrarea în românia?", "pot vorbi cu cineva?"], "livraison", "ro"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- frustration that builds over the turns (no swearing)
for msgs, it, art, l in [
    (["how much is shipping to the uk", "ok but do i pay duty on top", "that's not what I asked. do I pay anything at the door or not", "I've asked the same thing three times now"], "complaint", "douane-accises", "en"),
    (["can i change the delivery day", "no, i mean for a parcel that's already on its way", "you keep sending me the same text"], "complaint", "age-verification", "en"),
    (["my club case didn't come this month", "i didn't skip it", "this isn't helping at all, it's the 20th and nothing"], "complaint", "club-lumiere", "en"),
    (["how do i withdraw wine from storage", "i did that, the button is greyed out", "still greyed out. this is going in circles"], "complaint", "cellar-storage", "en"),
    (["where do i download my invoice", "it's not there under my orders", "it's really not there, I've looked 3 times, this is frustrating"], "complaint", "factures", "en"),
    (["the reset link doesn't work", "i did, no email in spam either", "third time asking. I just want to log in"], "complaint", "account", "en"),
    (["why hasn't my order shipped yet", "there's no heat wave in november", "you're not answering my question"], "complaint", "canicule", "en"),
    (["how do I use my club voucher", "it says invalid code", "I tried again, still invalid. this is the third time I'm telling you"], "complaint", "club-lumiere", "en"),
    (["can you ship to corsica?", "and for magnums?", "that's not what I asked, I asked about MAGNUMS"], "complaint", "livraison", "en"),
    (["what's the customs fee for switzerland", "ok but DHL asked me 19 CHF plus 80 more", "that doesn't answer anything"], "complaint", "douane-accises", "en"),
    (["vous livrez en corse ?", "et pour les magnums ?", "c'est pas ce que je demande, je demande pour les MAGNUMS"], "complaint", "livraison", "fr"),
    (["mon colis est en retard", "j'ai déjà vérifié le suivi, rien ne bouge depuis 8 jours", "vous me répondez toujours la même chose, ça tourne en rond"], "complaint", "delivery-problems", "fr"),
    (["comment je fais pour sauter un mois du club", "le bouton n'apparaît pas", "je vous l'ai déjà dit, le bouton n'est pas là. c'est la troisième fois"], "complaint", "club-lumiere", "fr"),
    (["je trouve pas ma facture", "elle n'est pas dans mes commandes", "bon, ça ne m'aide pas du tout"], "complaint", "factures", "fr"),
    (["j'ai pas reçu le mail pour le mot de passe", "j'ai regardé dans les spams", "toujours rien, franchement ça fait 3 fois que je demande"], "complaint", "account", "fr"),
    (["comment retirer mes caisses de la cave ?", "je l'ai fait il y a 10 jours et rien n'est arrivé", "vous ne répondez pas à ma question"], "complaint", "cellar-storage", "fr"),
    (["wie kann ich mein passwort zurücksetzen", "die mail kommt nicht", "das habe ich jetzt dreimal versucht, das hilft mir nicht"], "complaint", "account", "de"),
    (["wo ist meine rechnung", "die ist nicht unter meine bestellungen", "das ist nicht das was ich gefragt habe"], "complaint", "factures", "de"),
    (["come faccio a saltare un mese del club?", "non c'è il pulsante", "ve l'ho già detto tre volte"], "complaint", "club-lumiere", "it"),
    (["¿cuándo llega mi pedido?", "ya miré el seguimiento, no se mueve desde hace una semana", "no me estás ayudando nada"], "complaint", "delivery-problems", "es"),
    (["hoe kan ik mijn abonnement pauzeren", "die knop staat er niet", "dit is nu de derde keer, het werkt niet"], "complaint", "club-lumiere", "nl"),
    (["como descarrego a fatura?", "não aparece", "isto não está a ajudar nada"], "complaint", "factures", "pt"),
    (["jak zresetować hasło", "nie dostałem maila", "pytam już trzeci raz"], "complaint", "account", "pl"),
]:
    c(msgs, True, it, art, l=l)
# frustration that ends with an ask for a person
for msgs, art, l in [
    (["my tracking hasn't moved in 6 days", "yes I checked the link", "ok this is pointless, get me a human"], "delivery-problems", "en"),
    (["how do i skip next month", "there's no skip button on my page", "forget it, let me talk to someone"], "club-lumiere", "en"),
    (["invoice for my company?", "I already ordered, I forgot to tick the box", "can a real person just fix it please"], "factures", "en"),
    (["le suivi ne bouge plus", "oui j'ai vérifié", "bon, passez-moi quelqu'un"], "delivery-problems", "fr"),
    (["je voudrais une facture au nom de ma société", "la commande est déjà passée", "je peux avoir quelqu'un au téléphone ?"], "factures", "fr"),
    (["das passwort geht nicht", "hab ich schon gemacht", "ich will jetzt mit einem menschen sprechen"], "account", "de"),
    (["il codice del buono non funziona", "l'ho riprovato", "fatemi parlare con un operatore"], "club-lumiere", "it"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- problem reported, then it turns out staff are needed
for msgs, it, art, l, cu in [
    (["a bottle of champagne was broken in my parcel", "I sent the photos to service@ 6 days ago and nobody answered"], "complaint", "delivery-problems", "en", "u1303"),
    (["tracking says delivered but i have nothing", "I did all that already. asked the neighbours, the caretaker, no notice. it's been 4 days", "so what now"], "complaint", "delivery-problems", "en", "u1304"),
    (["my parcel CL-251024-0318 shows delivered but it isn't here", "i already asked everyone, nobody signed for it"], "complaint", "delivery-problems", "en", "u1304"),
    (["my order to geneva is held at customs", "i paid online 3 days ago and it still hasn't moved"], "shipping", "douane-accises", "en", "u1302"),
    (["I cancelled an order, when do I get my money?", "it's been 12 days, nothing back on my card"], "payment", "order-changes", "en", "u1308"),
    (["why is there 2 payments on my card", "it's been 2 weeks, both are booked, not pending"], "payment", "payment", "en", "u1319"),
    (["I returned bottles, how long for the refund", "you got them 3 weeks ago"], "return_refund", "returns", "en", "u1307"),
    (["my bottle is corked", "I filled the form 5 days ago and no one replied"], "return_refund", "bouchonne", "en", "u1312"),
    (["une bouteille est arrivée cassée", "j'ai envoyé les photos la semaine dernière et personne ne m'a répondu"], "complaint", "delivery-problems", "fr", "u1303"),
    (["le colis est indiqué livré mais je l'ai pas", "j'ai déjà tout vérifié, voisins, gardien, rien. ça fait 3 jours"], "complaint", "delivery-problems", "fr", None),
    (["j'ai retourné mes bouteilles, vous remboursez quand ?", "vous les avez reçues il y a un mois !"], "return_refund", "returns", "fr", "u1306"),
    (["eine flasche war kaputt", "ich habe vor einer woche fotos geschickt, keine antwort"], "complaint", "delivery-problems", "de", None),
    (["il pacco risulta consegnato ma non c'è", "ho già chiesto a tutti, niente"], "complaint", "delivery-problems", "it", None),
    (["me llegó una botella rota", "envié las fotos hace 8 días y nadie contesta"], "complaint", "delivery-problems", "es", None),
    (["mijn pakket staat op bezorgd maar ik heb niks", "ik heb alles al gecheckt, buren, conciërge, niets"], "complaint", "delivery-problems", "nl", None),
    (["a minha encomenda está retida na alfândega suíça", "a taxa que me pedem está errada"], "shipping", "douane-accises", "pt", None),
    (["the courier took my parcel back because my son is 17", "ok so please send it again, I'll be home on friday"], "order_status", "age-verification", "en", "u1313"),
    (["how does en primeur allocation work", "well mine was cut and I want to know why, I paid in may"], "complaint", "en-primeur", "en", "u1321"),
    (["where do i see my storage invoice", "ok found it, but it's wrong, it counts 4 cases and I have 3"], "payment", "cellar-storage", "en", "u1322"),
    (["how many club points do i have?", "it shows 40 but I had over 600 last week"], "account", "club-lumiere", "en", "u1333"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- follow-ups answered by the assistant (no hand-over)
for msgs, it, art, mm, l in [
    (["hi", "how much is shipping to italy?"], "shipping", "livraison", ["16.90"], "en"),
    (["hello!", "do you ship to norway"], "shipping", "livraison", ["39.90"], "en"),
    (["how much is shipping to spain", "and how long does it take?"], "shipping", "livraison", ["3–5 working days"], "en"),
    (["shipping to france price?", "is it free if i spend 200?"], "shipping", "livraison", ["150"], "en"),
    (["do you ship to the uk", "do I pay customs at the door?"], "shipping", "douane-accises", ["at checkout"], "en"),
    (["do you ship to switzerland", "and what will customs cost me"], "shipping", "douane-accises", ["8.1%"], "en"),
    (["what's the wine club", "how do i cancel it if i don't like it?"], "account", "club-lumiere", ["End my membership"], "en"),
    (["how much is the prestige plan", "and do prestige members get free tastings?"], "account", "club-lumiere", ["free tasting ticket"], "en"),
    (["how much is storage", "and to take a case out and have it delivered?"], "product_info", "cellar-storage", ["€5 handling per case"], "en"),
    (["can i return unopened wine", "how much does the return label cost from france?"], "return_refund", "returns", ["9.90"], "en"),
    (["when is the next tasting", "and if i cancel a week before, do i get my money?"], "return_refund", "degustations", ["7 days"], "en"),
    (["do you do gift boxes", "and can you engrave the bottle too? how much"], "product_info", "coffrets-gravure", ["19"], "en"),
    (["hey", "what are your shop hours on saturday"], "other", "contact", ["9:30"], "en"),
    (["can i talk to someone?", "actually never mind, just tell me if you ship to portugal"], "shipping", "livraison", ["22.90"], "en"),
    (["i want a human", "no wait, forget it. what's the phone number, i'll call myself"], "other", "contact", [PH], "en"),
    (["do I need a person for this? how do I reset my password", "ok I'll try that, thanks. the link is valid how long?"], "account", "account", ["1 hour"], "en"),
    (["is the chat answered by a person?", "ok and on sundays?"], "other", "contact", ["Sunday"], "en"),
    (["what does en primeur mean", "and when would the 2024s be delivered?"], "product_info", "en-primeur", ["2027"], "en"),
    (["a bottle arrived broken", "do i need to send it back?"], "complaint", "delivery-problems", ["do not need to send"], "en"),
    (["my wine tastes off", "how do I know if it's corked?"], "return_refund", "bouchonne", ["wet cardboard"], "en"),
    (["thanks for the help earlier", "one more thing, do you accept amex?"], "payment", "payment", ["American Express"], "en"),
    (["no I don't need a person", "just tell me how long a gift card is valid"], "payment", "gift-cards", ["12 months"], "en"),
    (["how do i pay by bank transfer", "what reference do i put"], "payment", "payment", ["order number"], "en"),
    (["do you have a morgon?", "how much is the côte du py 2022"], "product_info", None, ["24.5"], "en"),
    (["is the chartreuse in stock", "how much is it?"], "product_info", None, ["54"], "en"),
    (["bonjour", "c'est combien la livraison pour lyon ?"], "shipping", "livraison", ["9.90"], "fr"),
    (["vous livrez en suisse ?", "et la douane, je paie combien ?"], "shipping", "douane-accises", ["8.1%"], "fr"),
    (["c'est quoi le club lumière", "et on peut arrêter quand on veut ?"], "account", "club-lumiere", [], "fr"),
    (["la dégustation champagne c'est quand ?", "et c'est combien ?"], "product_info", "degustations", ["45"], "fr"),
    (["je veux parler à quelqu'un", "non laissez tomber, vous ouvrez à quelle heure le dimanche ?"], "other", "contact", ["10:00"], "fr"),
    (["pas besoin d'un humain", "dites-moi juste combien coûte le stockage d'une caisse de 6"], "product_info", "cellar-storage", ["12"], "fr"),
    (["j'ai reçu une bouteille cassée", "je dois renvoyer la bouteille ?"], "complaint", "delivery-problems", [], "fr"),
    (["je voudrais faire graver une bouteille", "combien de caractères max ?"], "product_info", "coffrets-gravure", ["25"], "fr"),
    (["bonjour", "vous prenez la carte amex ?"], "payment", "payment", [], "fr"),
    (["on se marie en mai", "il faut commander combien de temps avant ?"], "product_info", "entreprises-mariages", ["4"], "fr"),
    (["hallo", "was kostet der versand nach österreich?"], "shipping", "livraison", ["22.90"], "de"),
    (["liefert ihr nach berlin?", "und ab welchem betrag ist es gratis?"], "shipping", "livraison", ["250"], "de"),
    (["wie funktioniert der weinclub", "und wie kündige ich?"], "account", "club-lumiere", [], "de"),
    (["ciao", "spedite in italia?"], "shipping", "livraison", ["16.90"], "it"),
    (["quando è la prossima degustazione?", "quanto costa il biglietto?"], "product_info", "degustations", ["45"], "it"),
    (["hola", "¿cuánto tarda el envío a madrid?"], "shipping", "livraison", ["3–5"], "es"),
    (["¿tenéis tarjetas regalo?", "¿cuánto tiempo son válidas?"], "payment", "gift-cards", ["12"], "es"),
    (["hoi", "hoe lang duurt verzending naar belgië?"], "shipping", "livraison", ["3–5"], "nl"),
    (["olá", "quanto custa a devolução?"], "return_refund", "returns", ["19.90"], "pt"),
    (["cześć", "ile kosztuje przechowywanie skrzynki wina?"], "product_info", "cellar-storage", ["18"], "pl"),
    (["hej", "hur lång tid tar leveransen till stockholm?"], "shipping", "livraison", ["4–7"], "sv"),
    (["hej", "hvor længe er et gavekort gyldigt?"], "payment", "gift-cards", ["12"], "da"),
    (["ahoj", "kolik stojí vrácení zboží?"], "return_refund", "returns", ["19.90"], "cs"),
    (["γεια", "πόσο καιρό παίρνει η αποστολή;"], "shipping", "livraison", [], "el"),
    (["salut", "cât durează livrarea în românia?"], "shipping", "livraison", ["5–9"], "ro"),
    (["thanks", "actually is the shop open on monday?"], "other", "contact", ["closed"], "en"),
    (["what's the weather in lyon", "ok never mind. do you have any champagne gift sets?"], "product_info", None, ["79"], "en"),
]:
    c(msgs, False, it, art, mm, l=l)
# order follow-ups with a customer's own orders
for msgs, mm, mnm, l, cu, art in [
    (["hi, i ordered wine last week", "the number is CL 251103 0412"], ["6A24117503281"], [], "en", "u1301", None),
    (["where is my parcel", "cl-251029-0384"], ["1Z9X42E80491902214"], [], "en", "u1311", None),
    (["my order hasn't arrived", "it's CL-251103-0412, shipped on the 4th"], ["6A24117503281"], [], "en", "u1301", None),
    (["bonjour ma commande n'est pas arrivée", "CL-251104-0427"], ["6A24113340776"], [], "fr", "u1329", None),
    (["wo ist mein paket?", "bestellnummer CL-251103-0415"], ["4471866031"], [], "de", "u1328", None),
    (["¿dónde está mi pedido?", "es el CL-251030-0393"], ["1Z9X42E80491955470"], [], "es", "u1338", None),
    (["gdzie moja paczka?", "numer zamówienia CL-251102-0409"], ["4471859914"], [], "pl", "u1340", None),
    (["when is my order coming", "the en primeur one, CL-250612-0108"], ["2027"], [], "en", "u1305", "en-primeur"),
]:
    c(msgs, False, "order_status", art, mm, mnm, l=l, cu=cu)

# ---- more ways of asking for a person
for m, l in [
    ("cn i tlk 2 sum1 real", "en"),
    ("yo can u get me an actual person", "en"),
    ("is there someone who could look at this with me?", "en"),
    ("I think this needs a human, honestly", "en"),
    ("rather not explain it to a bot. someone from the team please", "en"),
    ("would it be possible for somebody to phone me tomorrow morning? my number is 07700 900461", "en"),
    ("pls call me on +44 7700 900123 about my wine order", "en"),
    ("can i have someone from customer service email me back", "en"),
    ("i need to speak to the person in charge of the cellar storage", "en"),
    ("who is the manager there, I want to talk to them", "en"),
    ("Good afternoon. Could you connect me with a member of your staff? Kind regards, H. Martin", "en"),
    ("not a chatbot please, a person", "en"),
    ("i'd like to speak to one of your wine advisers in person, do you have anyone free now", "en"),
    ("talk to someone", "en"),
    ("can the person who answers the chat on weekdays take over?", "en"),
    ("vous pouvez me mettre en contact avec un vrai sommelier ?", "fr"),
    ("un conseiller peut me rappeler au 06 45 12 98 33 ?", "fr"),
    ("j'ai besoin de parler à un responsable", "fr"),
    ("je voudrais que quelqu'un de l'équipe cave me contacte par mail", "fr"),
    ("Madame, Monsieur, je souhaiterais m'entretenir avec une personne de votre service. Cordialement", "fr"),
    ("bonjour, pourriez-vous transmettre ma demande à un conseiller ?", "fr"),
    ("allo ? y a quelqu'un ? je veux un humain", "fr"),
    ("c possible d'avoir qqn au tel", "fr"),
    ("je veux parler au gérant", "fr"),
    ("kann mich bitte jemand unter 0176 2234 5512 zurückrufen?", "de"),
    ("gibt es einen echten mitarbeiter hier?", "de"),
    ("ich hätte gern eine persönliche beratung durch einen sommelier", "de"),
    ("verbinden Sie mich bitte mit dem kundendienst", "de"),
    ("mi mette in contatto con un responsabile?", "it"),
    ("c'è un umano? vorrei parlare con lui", "it"),
    ("¿hay alguien de carne y hueso por ahí?", "es"),
    ("necesito hablar con un responsable", "es"),
    ("kan ik een echt persoon spreken?", "nl"),
    ("graag een medewerker aan de lijn", "nl"),
    ("posso falar com um responsável?", "pt"),
    ("czy mogę porozmawiać z kimś z obsługi?", "pl"),
    ("jag vill prata med en riktig person", "sv"),
    ("kan en medarbejder ringe mig op?", "da"),
    ("můžete mi zavolat zpátky?", "cs"),
    ("μπορεί κάποιος να με καλέσει;", "el"),
    ("aș vrea să vorbesc cu cineva din echipă", "ro"),
]:
    c(m, True, "human_request", None, l=l)
# greeting first, then the ask; or asking again
for msgs, l in [
    (["hi", "can i speak to a person please"], "en"),
    (["hello", "is anyone from the team online? need help with an order"], "en"),
    (["good evening", "I'd like to be called back tomorrow please"], "en"),
    (["human", "HUMAN", "hello?? a real person please"], "en"),
    (["agent", "i said agent"], "en"),
    (["can i talk to someone", "you didn't answer. a person, please"], "en"),
    (["bonjour", "je voudrais parler à quelqu'un svp"], "fr"),
    (["bonsoir", "un conseiller est disponible ?"], "fr"),
    (["un humain", "UN HUMAIN SVP", "bon, je répète, je veux parler à quelqu'un"], "fr"),
    (["salut", "qqn peut m'appeler ?"], "fr"),
    (["bonjour", "je souhaite être rappelé par la cave, c'est pour un achat important"], "fr"),
    (["hallo", "ich möchte bitte mit jemandem sprechen"], "de"),
    (["mitarbeiter", "ich sagte: mitarbeiter bitte"], "de"),
    (["buongiorno", "vorrei parlare con un operatore"], "it"),
    (["hola", "¿puedo hablar con alguien de la tienda?"], "es"),
    (["hallo", "kan ik iemand van jullie spreken?"], "nl"),
    (["bom dia", "posso falar com alguém?"], "pt"),
    (["dzień dobry", "chciałbym porozmawiać z pracownikiem"], "pl"),
    (["hej", "kan jag prata med någon i personalen?"], "sv"),
    (["goddag", "jeg vil gerne tale med en person"], "da"),
    (["dobrý den", "chtěl bych mluvit s někým z obchodu"], "cs"),
    (["καλησπέρα", "θέλω να μιλήσω με άνθρωπο"], "el"),
    (["bună", "pot vorbi cu un om, nu cu un robot?"], "ro"),
]:
    c(msgs, True, "human_request", None, l=l)

# ---- an answered question, then the staff-only problem comes out
for msgs, it, art, l, cu in [
    (["how long does a refund take", "ok, well mine was supposed to be done weeks ago for CL-250930-0211 and I have nothing"], "return_refund", "returns", "en", "u1306"),
    (["what does 'refunded' mean on my order", "because I don't have the money. 312 euros. since 14 october"], "return_refund", "returns", "en", "u1306"),
    (["do you replace broken bottles?", "you did, and the replacement was broken too"], "complaint", "delivery-problems", "en", "u1320"),
    (["what should I do if a bottle is broken", "I did that already for the rosé and the new one you sent is also smashed, CL-251023-0309"], "complaint", "delivery-problems", "en", "u1320"),
    (["how do club points work", "right, so why did mine go from 640 to 40 overnight?"], "account", "club-lumiere", "en", "u1333"),
    (["how is storage billed", "then my invoice is wrong, you billed 4 cases and I only have 3 since march"], "payment", "cellar-storage", "en", "u1322"),
    (["is en primeur storage free the first year?", "so why am I being charged for it on my january invoice"], "payment", "cellar-storage", "en", None),
    (["how do allocations work for en primeur", "mine went from 12 bottles to 6 and I'm not happy about it, I ordered in may"], "complaint", "en-primeur", "en", "u1321"),
    (["what's the swiss customs fee", "then why does DHL want 146 CHF from me? that's not 8.1%"], "shipping", "douane-accises", "en", "u1302"),
    (["what if nobody over 18 is home?", "well my parcel went back to you because of that. send it again please, CL-251008-0171"], "order_status", "age-verification", "en", "u1313"),
    (["when am I charged?", "I cancelled CL-251027-0355 and you charged me anyway"], "payment", "order-changes", "en", "u1308"),
    (["how do i delete my account", "I did that in september and it still exists"], "account", "privacy", "en", None),
    (["how long does deletion take", "it's been 2 months, i still get emails and can log in"], "account", "privacy", "en", None),
    (["can you deliver on a fixed date for a wedding?", "great, our order CL-251104-0420 absolutely has to be at the château on 21 november, please confirm"], "order_status", "entreprises-mariages", "en", "u1314"),
    (["do your wines contain sulphites", "I think I reacted to the natural wine, my lips swelled up"], "complaint", "allergenes", "en", None),
    (["what's on my account? I see an order I don't know", "CL-251102-0407, I never bought chartreuse"], "account", None, "en", "u1318"),
    (["how long do you keep click and collect orders", "mine was cancelled after 3 days, I want it back"], "order_status", "click-and-collect", "en", None),
    (["do you refund shipping?", "you charged me shipping twice on the same order"], "payment", "payment", "en", None),
    (["comment marchent les points du club ?", "alors pourquoi j'ai perdu 600 points d'un coup ?"], "account", "club-lumiere", "fr", "u1333"),
    (["combien de temps pour un remboursement ?", "ça fait 4 semaines pour CL-250930-0211, toujours rien"], "return_refund", "returns", "fr", "u1306"),
    (["comment est facturé le stockage ?", "ma facture compte 4 caisses, j'en ai 3"], "payment", "cellar-storage", "fr", "u1322"),
    (["les frais de douane suisse c'est combien ?", "DHL me demande 146 CHF, c'est n'importe quoi"], "shipping", "douane-accises", "fr", "u1302"),
    (["qu'est-ce qui se passe si on n'est pas là à la livraison ?", "mon colis vous est revenu, renvoyez-le s'il vous plaît"], "order_status", "age-verification", "fr", "u1313"),
    (["comment supprimer mon compte ?", "je l'ai fait il y a deux mois et il existe toujours"], "account", "privacy", "fr", None),
    (["vous remplacez les bouteilles cassées ?", "oui mais celle de remplacement est arrivée cassée aussi !"], "complaint", "delivery-problems", "fr", "u1320"),
    (["les vins nature ont des sulfites ?", "j'ai eu une grosse réaction après votre vin nature, plaques rouges partout"], "complaint", "allergenes", "fr", None),
    (["wie lange dauert eine erstattung?", "ich warte schon seit 4 wochen"], "return_refund", "returns", "de", "u1307"),
    (["wie funktionieren die clubpunkte?", "meine punkte sind einfach verschwunden"], "account", "club-lumiere", "de", None),
    (["quanto tempo per il rimborso?", "aspetto da un mese"], "return_refund", "returns", "it", None),
    (["¿cómo funcionan los puntos?", "pues los míos han desaparecido"], "account", "club-lumiere", "es", None),
    (["hoe lang duurt een terugbetaling?", "ik wacht al 5 weken"], "return_refund", "returns", "nl", None),
    (["quanto tempo demora o reembolso?", "já passou um mês"], "return_refund", "returns", "pt", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- change requests inside a conversation
for msgs, it, art, l, cu in [
    (["can i still cancel an order?", "ok then cancel CL-251106-0441 please"], "order_status", "order-changes", "en", "u1309"),
    (["until when can i change the address", "great, change it for CL-251107-0448 to Storgatan 12, Uppsala"], "order_status", "order-changes", "en", "u1341"),
    (["hi", "I ordered the wrong côte-rôtie, 6 instead of 2, can you fix my order? CL-251106-0441"], "order_status", "order-changes", "en", "u1309"),
    (["where is my order CL-251103-0412", "ok can you send it to my work address instead"], "order_status", "order-changes", "en", "u1301"),
    (["has CL-251109-0458 been processed", "then cancel it, I found it cheaper elsewhere"], "order_status", "order-changes", "en", "u1325"),
    (["bonjour", "je voudrais annuler ma commande de ce matin"], "order_status", "order-changes", "fr", None),
    (["je peux encore modifier ma commande ?", "alors ajoutez 2 bouteilles de morgon 2022 à CL-251106-0441"], "order_status", "order-changes", "fr", "u1309"),
    (["kann ich noch stornieren?", "dann stornieren Sie bitte CL-251103-0415"], "order_status", "order-changes", "de", "u1328"),
    (["posso cambiare l'indirizzo?", "allora cambiatelo per l'ordine CL-251012-0197"], "order_status", "order-changes", "it", "u1331"),
    (["¿puedo cancelar un pedido?", "pues cancelad el CL-251108-0455 por favor"], "order_status", "order-changes", "es", "u1332"),
    (["mag ik nog iets toevoegen aan mijn bestelling?", "doe er dan 2 flessen fleurie bij"], "order_status", "order-changes", "nl", None),
    (["when does my engraved bottle ship", "wait, I made a typo in the name, can you change it? CL-251105-0433"], "order_status", "coffrets-gravure", "en", "u1310"),
    (["can i change the date of the wedding delivery", "we need it on the 20th instead of the 21st, order CL-251104-0420"], "order_status", "entreprises-mariages", "en", "u1314"),
    (["the corked pauillac - how do I report it", "can you just refund both bottles to my card"], "return_refund", "bouchonne", "en", "u1312"),
    (["what if I can't make it to the tasting", "ok please refund my 2 tickets then, I'm abroad that week"], "return_refund", "degustations", "en", "u1315"),
    (["how do returns work", "ok I want to return the 3 gevrey from CL-251015-0263, please arrange the pickup"], "return_refund", "returns", "en", "u1307"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- more staff-only problems, single turn
for m, it, art, l, cu in [
    ("money was taken from my card for the club even though I ended my membership on the 25th", "payment", "club-lumiere", "en", None),
    ("on m'a prélevé le club alors que j'avais résilié avant le 1er", "payment", "club-lumiere", "fr", None),
    ("ihr habt den club abgebucht obwohl ich gekündigt habe", "payment", "club-lumiere", "de", None),
    ("you charged my card for the club while it was paused", "payment", "club-lumiere", "en", None),
    ("the alma instalments were taken twice this month", "payment", "payment", "en", None),
    ("paypal shows 2 payments of 220.90 for one order, its been 2 weeks", "payment", "payment", "en", None),
    ("i paid by bank transfer 10 days ago with the right reference and the order is still pending", "payment", "payment", "en", "u1325"),
    ("j'ai fait le virement il y a 9 jours et ma commande CL-251109-0458 est toujours en attente", "payment", "payment", "fr", "u1325"),
    ("the return label you sent me doesn't work, UPS refused it, i've tried twice", "return_refund", "returns", "en", None),
    ("UPS a refusé l'étiquette retour deux fois", "return_refund", "returns", "fr", None),
    ("my corked bottle form was rejected because the wine is 16 years old, it's clearly corked and I want it looked at again", "return_refund", "bouchonne", "en", None),
    ("i got the wrong wine (vouvray instead of cornas) and the replacement is wrong again", "complaint", "delivery-problems", "en", "u1337"),
    ("ich habe den falschen wein bekommen und der ersatz ist wieder falsch", "complaint", "delivery-problems", "de", None),
    ("the courier left my parcel with a 14 year old neighbour kid, it was opened and 2 bottles are missing", "complaint", "delivery-problems", "en", None),
    ("le colis est arrivé ouvert, il manque 3 bouteilles, le livreur n'a même pas demandé de pièce d'identité", "complaint", "delivery-problems", "fr", None),
    ("you shipped during the heat wave even though I asked you to wait and the wine is cooked, corks pushed out", "complaint", "canicule", "en", None),
    ("vous avez expédié en pleine canicule, les bouchons sont sortis, le vin est cuit", "complaint", "canicule", "fr", None),
    ("my parcel was held for the heat wave 3 weeks ago and still hasn't left, nobody answers my emails", "complaint", "canicule", "en", None),
    ("the 2 tickets for the whisky masterclass were charged but I never got the ticket email, event is saturday", "order_status", "degustations", "en", None),
    ("you cancelled the tasting last week and I still haven't had my refund", "return_refund", "degustations", "en", None),
    ("avete annullato la degustazione e non mi avete rimborsato", "return_refund", "degustations", "it", None),
    ("I withdrew 2 cases from storage 3 weeks ago and they never arrived", "complaint", "cellar-storage", "en", None),
    ("j'ai demandé à retirer mes caisses il y a un mois et toujours rien", "complaint", "cellar-storage", "fr", None),
    ("one of my stored cases of gevrey is missing from My cellar", "complaint", "cellar-storage", "en", None),
    ("eine meiner eingelagerten kisten fehlt in der übersicht", "complaint", "cellar-storage", "de", None),
    ("my company invoice still has the wrong VAT number after I asked twice to fix it", "payment", "factures", "en", None),
    ("la facture refaite a encore le mauvais nom de société, deuxième fois", "payment", "factures", "fr", None),
    ("the 20 gift boxes for our clients went to the wrong addresses", "complaint", "entreprises-mariages", "en", "u1334"),
    ("die hochzeitsgläser, die ihr geliefert habt, waren zur hälfte zerbrochen und ihr wollt jetzt 2 € pro glas", "complaint", "entreprises-mariages", "de", None),
    ("you charged us for 30 missing glasses after the wedding but we returned them all", "payment", "entreprises-mariages", "en", None),
    ("the engraving says 'Joyeux anniversiare' - you made the typo, not me, i checked my order", "complaint", "coffrets-gravure", "en", None),
    ("la gravure est ratée, le prénom est mal écrit alors que je l'ai bien tapé", "complaint", "coffrets-gravure", "fr", None),
    ("the gift card I bought for my mum never reached her, the email never came", "payment", "gift-cards", "en", "u1323"),
    ("il buono regalo che ho comprato non è mai arrivato", "payment", "gift-cards", "it", None),
    ("i've been trying to log in for a week, reset doesn't work, i have wine in your cellar and can't see it", "account", "account", "en", None),
    ("my account shows someone else's orders and address!", "account", None, "en", None),
    ("je vois les commandes de quelqu'un d'autre dans mon compte", "account", None, "fr", None),
    ("i unsubscribed 3 times and you keep sending the newsletter", "account", "account", "en", None),
    ("ich bekomme immer noch euren newsletter obwohl ich mich dreimal abgemeldet habe", "account", "account", "de", None),
    ("I'm really disappointed. third order with a problem this year. I'd like someone to explain", "complaint", None, "en", None),
    ("franchement je suis déçu, troisième commande avec un souci, j'attends des explications", "complaint", None, "fr", None),
    ("zum dritten mal ein problem mit meiner bestellung, ich erwarte eine erklärung", "complaint", None, "de", None),
    ("w paczce była stłuczona butelka i zamiennik też przyszedł rozbity", "complaint", "delivery-problems", "pl", None),
    ("zásilka je podle sledování doručená, ale nic jsem nedostal, sousedé taky ne, už 5 dní", "complaint", "delivery-problems", "cs", None),
    ("το δέμα μου είναι στο τελωνείο και η χρέωση είναι λάθος", "shipping", "douane-accises", "el", None),
    ("nu am primit rambursarea de o lună", "return_refund", "returns", "ro", None),
    ("jeg har fået trukket penge to gange for samme ordre", "payment", "payment", "da", None),
    ("mina klubbpoäng har försvunnit", "account", "club-lumiere", "sv", None),
    ("am fost taxat de două ori pentru aceeași comandă", "payment", "payment", "ro", None),
    ("η επιστροφή χρημάτων δεν έχει έρθει ακόμα, πέρασαν 4 εβδομάδες", "return_refund", "returns", "el", None),
    ("dostal jsem rozbitou láhev a náhradní byla taky rozbitá", "complaint", "delivery-problems", "cs", None),
]:
    c(m, True, it, art, l=l, cu=cu)

# ---- more frustration across turns
for msgs, it, art, l in [
    (["what's the delivery time to greece", "and to crete?", "you already said that. crete. island. is it different?"], "complaint", "livraison", "en"),
    (["do you ship to malta", "why not", "that's not an answer"], "complaint", "livraison", "en"),
    (["how do I get my wine out of your cellar", "I don't see a My cellar page", "I've been looking for 20 minutes, this is getting ridiculous"], "complaint", "cellar-storage", "en"),
    (["is the option fraicheur available to sweden", "but is it?", "yes or no please, third time asking"], "complaint", "emballage", "en"),
    (["how do I use my gift card", "there's no field for the code", "still no field. this isn't working"], "complaint", "gift-cards", "en"),
    (["pourquoi ma commande n'est pas partie", "il n'y a pas de canicule en novembre", "vous ne m'aidez pas du tout"], "complaint", "canicule", "fr"),
    (["comment j'utilise ma carte cadeau", "il n'y a pas de champ pour le code", "ça fait trois fois que je vous dis qu'il n'y a pas de champ"], "complaint", "gift-cards", "fr"),
    (["vous livrez à malte ?", "pourquoi ?", "c'est pas une réponse"], "complaint", "livraison", "fr"),
    (["wie lange dauert die lieferung nach kreta?", "das habe ich nicht gefragt", "zum dritten mal: KRETA"], "complaint", "livraison", "de"),
    (["quanto costa la spedizione in sardegna?", "non è quello che ho chiesto", "lascia stare, non servi a niente"], "complaint", "livraison", "it"),
    (["¿cómo retiro mis cajas de la bodega?", "no veo esa página", "ya van tres veces, esto no funciona"], "complaint", "cellar-storage", "es"),
]:
    c(msgs, True, it, art, l=l)

# ---- many customers greet before they ask: every 7th single-turn question
# gets an opening line in its own language (the judged turn is unchanged)
OPENERS = {
    "en": ["hi", "hello", "hey", "good morning", "hi there", "hello, quick question",
           "hiya", "evening!", "hi, hope you can help", "hello 🙂"],
    "fr": ["bonjour", "bonsoir", "bonjour, petite question", "salut", "bjr", "bonjour madame, monsieur"],
    "de": ["hallo", "guten tag", "moin", "hallo zusammen"],
    "it": ["buongiorno", "ciao", "salve"],
    "es": ["hola", "buenas", "hola, una pregunta"],
    "nl": ["hallo", "goedemorgen", "hoi"],
    "pt": ["olá", "bom dia"],
    "pl": ["dzień dobry", "cześć"],
    "sv": ["hej", "hej hej"],
    "da": ["hej", "goddag"],
    "cs": ["dobrý den", "ahoj"],
    "el": ["γεια σας", "καλησπέρα"],
    "ro": ["bună ziua", "salut"],
}
SMALL_TALK = {"greeting", "thanks", "goodbye"}
GREETS = re.compile(r"(hi|hello|hey|good (morning|afternoon|evening)|bonjour|bonsoir|salut|hallo|hola|ciao|buongiorno|olá|hej|dzień dobry)\b", re.I)

def add_openers():
    n = 0
    for k in CASES:
        if len(k["messages"]) != 1 or k["expect"]["intent"] in SMALL_TALK:
            continue
        if GREETS.match(k["messages"][0]):
            continue
        n += 1
        if n % 7 == 3:
            ops = OPENERS[k["lang"]]
            k["messages"].insert(0, ops[(n // 7) % len(ops)])
            k["opener"] = True

# ================================================================ output
def main():
    add_openers()
    with open(OUT, "w", encoding="utf-8") as f:
        for i, k in enumerate(CASES, 1):
            row = {"id": "t13-%04d" % i, "customerId": k["customerId"],
                   "messages": k["messages"], "expect": k["expect"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    check()

def check():
    arts = {}
    adir = os.path.join(KB, "articles")
    for fn in sorted(os.listdir(adir)):
        text = open(os.path.join(adir, fn), encoding="utf-8").read()
        aid = fn[:-3]
        fm = re.match(r"---\n(.*?)\n---\n", text, re.S)
        if fm:
            mid = re.search(r"^id:\s*(\S+)", fm.group(1), re.M)
            if mid:
                aid = mid.group(1)
        arts[aid] = text.lower()
    products = json.load(open(os.path.join(KB, "products.json"), encoding="utf-8"))
    orders = json.load(open(os.path.join(KB, "orders.json"), encoding="utf-8"))
    ptext = json.dumps(products, ensure_ascii=False).lower()
    intents = {"greeting", "thanks", "goodbye", "order_status", "return_refund", "shipping",
               "product_info", "payment", "account", "complaint", "human_request", "other"}
    errors = []
    rows = [json.loads(line) for line in open(OUT, encoding="utf-8")]
    ids = set()
    for r, k in zip(rows, CASES):
        e = r["expect"]
        if r["id"] in ids:
            errors.append("%s: duplicate id" % r["id"])
        ids.add(r["id"])
        if set(r) != {"id", "customerId", "messages", "expect"} or set(e) != {
                "escalate", "intent", "article", "mustMention", "mustNotMention"}:
            errors.append("%s: keys" % r["id"])
        if not r["messages"] or not all(isinstance(m, str) and m.strip() for m in r["messages"]):
            errors.append("%s: messages" % r["id"])
        if e["intent"] not in intents:
            errors.append("%s: intent %s" % (r["id"], e["intent"]))
        if e["article"] is not None and e["article"] not in arts:
            errors.append("%s: no article %s" % (r["id"], e["article"]))
        if e["escalate"] and e["mustMention"]:
            errors.append("%s: hand-over with mustMention" % r["id"])
        own = json.dumps([o for o in orders if o["customerId"] == r["customerId"]], ensure_ascii=False).lower()
        source = (arts.get(e["article"], "") if e["article"] else "") + ptext + own
        for s in e["mustMention"]:
            if s.lower() not in source:
                errors.append("%s: mustMention %r not in %s/data" % (r["id"], s, e["article"]))
        if e["article"]:
            for s in e["mustNotMention"]:
                if s.lower() in arts[e["article"]]:
                    errors.append("%s: mustNotMention %r is in the article" % (r["id"], s))
        for s in e["mustNotMention"]:
            if s.lower() in own:
                errors.append("%s: mustNotMention %r is the customer's own data" % (r["id"], s))
        if k["lang"] != "en" and k["lang"] not in {"fr", "de", "it", "es", "nl", "pt", "pl", "sv", "da", "cs", "el", "ro"}:
            errors.append("%s: lang %s" % (r["id"], k["lang"]))
    n = len(rows)
    esc = sum(r["expect"]["escalate"] for r in rows)
    other = sum(k["lang"] != "en" for k in CASES)
    multi = sum(len(r["messages"]) > 1 for r in rows)
    used = {r["expect"]["article"] for r in rows} - {None}
    from collections import Counter
    langs = Counter(k["lang"] for k in CASES)
    its = Counter(r["expect"]["intent"] for r in rows)
    print("cases %d" % n)
    print("escalate %d (%.1f%%)" % (esc, 100.0 * esc / n))
    print("other languages %d (%.1f%%): %s" % (other, 100.0 * other / n,
          ", ".join("%s %d" % kv for kv in langs.most_common() if kv[0] != "en")))
    op = sum(bool(k.get("opener")) for k in CASES)
    print("multi-turn %d (%.1f%%), of which %d only open with a greeting" % (multi, 100.0 * multi / n, op))
    print("intents: " + ", ".join("%s %d" % kv for kv in its.most_common()))
    print("articles used %d of %d; unused: %s" % (len(used), len(arts), sorted(set(arts) - used)))
    print("article null %d" % sum(r["expect"]["article"] is None for r in rows))
    if errors:
        print("ERRORS (%d):" % len(errors))
        for x in errors:
            print("  " + x)
        sys.exit(1)
    print("all checks passed")

if __name__ == "__main__":
    main()
