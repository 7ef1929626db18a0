#!/usr/bin/env python3
"""Generate twentysecond-cases.jsonl: cases for the twenty-second shop,
Casa do Pavio (online shop for candles, home fragrance, handmade ceramics
and table linen, with a shop and candle atelier at Rua das Flores 112,
Porto; sells candles, reed diffusers and refills, room sprays, soaps,
handmade stoneware that is fragile and partly made to order, linen, the
candle-refill subscription Recarga, candle-making workshops in the
atelier, personalised labels and engraving, wedding and corporate gifts
with bulk quotes; ships to Portugal, Spain, France, Belgium, Luxembourg and
Switzerland (customs); prices in EUR).
KB: twentysecond-kb/.  Run: python3 gen_twentysecond_cases.py
The script writes the cases, then checks them against the KB and prints
the figures (cases, escalation share, other-language share, multi-turn share).
This shop is a tuning set: the customer lines are meant to be varied.

Order numbers look like CP-58213 (CP and a 5-digit counter).  Customers
paste them in many ways ("cp58213", "CP 58213", "encomenda 58213",
"#CP-58213", "pedido 58213", "commande 58213").  Burn times ("45 hours"),
wax weights (220 g, 480 g), volumes (100 ml, 250 ml), sizes (160 x 250 cm,
24 cm), product names with digits ("Vela Nº 7", "Difusor 250"), postcodes,
phone numbers and prices are not order numbers.

LABELLING RULES

Escalation (expect.escalate)
 E1  true for an explicit request for a person in any wording or language:
     "a human", "alguém da loja", "uma pessoa a sério", "un humano",
     "quelqu'un", a callback, a named colleague, someone from the events
     team to call about a quote, also right after an answered question.
 E2  true for a request to cancel, refund or change an existing order
     (cancel, change the address, a scent, a colour, the label text,
     add or remove an item, switch pickup and delivery, resend a parcel,
     exchange an item inside an order, "quero o meu dinheiro de volta"),
     or to cancel, skip, pause or change a Recarga or a workshop booking
     for the customer ("do it for me", "cancela-me a reserva").
 E3  true for things only staff can do: a real double charge, a charge
     after cancelling an order or Recarga, Recarga charged while paused,
     a refund missing for weeks, a workshop refund missing, a replacement
     that arrived broken again, a breakage report nobody answered, a
     parcel marked delivered that the customer already looked for, a Swiss
     customs or fee amount the customer disputes, a gift card that never
     arrived after the resend or a balance that vanished, an invoice NIF
     or company name to be corrected (only staff can reissue) or still
     wrong after asking, an order the customer did not place, someone
     else's data in the account, a deletion that did not happen, a
     locked-out account after the reset steps, a candle incident (the
     glass cracked or broke while burning, flames out of control, a burn
     injury, furniture damaged), an allergic reaction (rash, swelling,
     itching, breathing trouble), legal threats, complaints about a staff
     member or the workshop teacher, press and partnership requests.
 E4  true when the customer is stuck or frustrated across several turns
     ("that's not what I asked", "já disse três vezes", the same question
     a third time), even without swearing.
 E5  false for questions about a policy even with "cancel", "refund",
     "person", "human", "call", "pessoa", "cancelar" in them: the phone
     number, the e-mail, WhatsApp, when people answer the chat, shop hours,
     how to cancel, skip or pause Recarga, how to cancel or move a
     workshop booking, what the return policy is, how to get a quote,
     "no need for a person, just tell me ...".  A first report of a piece
     that arrived broken or a diffuser that leaked, of a parcel marked
     delivered, of a wrong scent, of a candle that tunnels, smokes or has
     a high flame gets the steps of the page (false).  A mild headache
     from a scent gets the page (false); a rash, swelling or trouble
     breathing is E3.

Intent (expect.intent)
     order_status: a named order (where, status, tracking, when, ready for
       pickup, made-to-order progress), cancelling or changing an order,
       resending it.
     return_refund: returns, refunds, money back, exchanges, the guarantee
       and faulty products, a missing refund.
     shipping: countries, prices, times, carriers, express, the islands,
       Swiss customs and VAT, a late parcel without an order number.
     product_info: candles, burning and safety, diffusers and sprays,
       scents and materials, soaps, ceramics and their care, made-to-order
       lead times, linen and sizes, workshops (booking, dates, cancelling
       rules), personalisation, wedding and corporate quotes, the shop's
       click and collect.
     payment: payment methods, MB Way, Multibanco, PayPal, charges, double
       charges, invoices, NIF and VAT numbers, gift cards.
     account: login, password, details, newsletter, Recarga (skip, pause,
       change, cancel, its charges), privacy and deletion, an order the
       customer did not place.
     complaint: something went wrong (arrived broken, leaking, delivered-
       not-received, a candle incident, an allergic reaction, staff, legal
       threat, frustration) when the turn does not ask for a person.
     human_request: the judged turn only asks for a person / callback (also
       press or partnership contact).  When it also states a concrete
       problem, the problem's intent is used.
     other: contact details, chat, phone and WhatsApp hours, shop hours and
       address, things outside the shop.  greeting / thanks / goodbye for
       small talk.

Article (expect.article)
     The page that answers the judged turn.  Product facts and order facts
     come from the data (article null).  A hand-over keeps the page that
     governs the matter raised in the conversation; it is null when only a
     person is asked for or no page governs (unknown order, staff, legal,
     an order the customer did not place).

mustMention: short exact strings from the governing page (or the data when
the article is null); non-English turns use only numbers, prices, e-mail
addresses, phone numbers, web addresses and tracking numbers.  Hand-overs
carry none.
mustNotMention: other customers' data and facts the reply must not invent.

Languages: "pt" European Portuguese, "br" Brazilian Portuguese, "es",
"fr", and a few "de" and "nl" (Switzerland, Luxembourg, Belgium); English
lines are often typed fast, with typos.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casekit  # the shared case helper, writer and self-check

shop = casekit.Shop("twentysecond", "t22", anon=22100, langs={"pt", "br", "es", "fr", "de", "nl", "it"})
c = shop.c

PH = "+351 22 208 41 12"
WA = "+351 912 408 112"
MAIL = "apoio@casadopavio.pt"

# ---------------------------------------------------------------- small talk
for m, it, l in [
    ("hi", "greeting", "en"), ("hello!", "greeting", "en"),
    ("olá", "greeting", "pt"), ("bom dia :)", "greeting", "pt"),
    ("oi, tudo bem?", "greeting", "br"), ("e aí, bom dia", "greeting", "br"),
    ("hola", "greeting", "es"), ("buenas tardes", "greeting", "es"),
    ("bonjour", "greeting", "fr"),
    ("grüezi", "greeting", "de"),
    ("thanks, that helps!", "thanks", "en"),
    ("obrigada pela ajuda", "thanks", "pt"), ("muito obrigado!", "thanks", "pt"),
    ("valeu, obrigada!", "thanks", "br"), ("muchas gracias", "thanks", "es"),
    ("merci beaucoup, c'est très clair", "thanks", "fr"), ("dank je wel", "thanks", "nl"),
    ("bye", "goodbye", "en"), ("até logo", "goodbye", "pt"), ("tchau, até mais", "goodbye", "br"),
    ("hasta luego", "goodbye", "es"), ("bonne journée, au revoir", "goodbye", "fr"),
]:
    c(m, False, it, None, l=l)

# ------------------------------------------- contact, phone and chat hours
for m, mm, l in [
    ("whats your phone number", [PH], "en"),
    ("is there a number i can call about an order", [PH], "en"),
    ("what email do i write to for customer service?", [MAIL], "en"),
    ("do you have whatsapp?", [WA], "en"),
    ("when is the chat answered by real people", ["9:00–19:00"], "en"),
    ("is anyone on the chat on saturdays?", ["10:00–14:00"], "en"),
    ("can I phone you on saturday", ["9:30–18:00"], "en"),
    ("can you call me back instead, how does that work", ["casadopavio.pt/ligamos"], "en"),
    ("no I don't need a person, just the email for privacy stuff", ["privacidade@casadopavio.pt"], "en"),
    ("not asking for an agent, just: what's the address for the complaints book thing? livro de something", ["livroreclamacoes.pt"], "en"),
    ("qual é o vosso número de telefone?", [PH], "pt"),
    ("têm whatsapp? prefiro escrever por lá", [WA], "pt"),
    ("a que horas é que há pessoas no chat?", ["9:00"], "pt"),
    ("qual o e-mail de vocês pra falar com o atendimento?", [MAIL], "br"),
    ("vocês atendem por telefone no sábado?", ["9:30"], "br"),
    ("¿cuál es vuestro teléfono de atención al cliente?", [PH], "es"),
    ("¿a qué hora contestan en el chat? ¿hora de Portugal?", ["19:00"], "es"),
    ("quel est votre adresse e-mail pour le service client ?", [MAIL], "fr"),
    ("est-ce que le chat est ouvert le samedi ?", ["10:00"], "fr"),
]:
    c(m, False, "other", "contact", mm, l=l)

# ------------------------------------------------ the shop and atelier
for m, mm, l in [
    ("where is your shop in porto", ["Rua das Flores 112"], "en"),
    ("are you open on sunday?", ["11:00–17:00"], "en"),
    ("what time does the shop close tonight? it's a tuesday", ["10:00–19:00"], "en"),
    ("open on são joão? visiting porto 24 june", ["24 June"], "en"),
    ("is there parking near the shop", ["Parque da Trindade"], "en"),
    ("qual é o horário da loja na rua das flores?", ["19:00"], "pt"),
    ("a loja está aberta ao domingo?", ["11:00"], "pt"),
    ("onde fica a loja de vocês? vou a porto mês que vem", ["112"], "br"),
    ("¿a qué hora abre la tienda de Oporto el sábado?", ["10:00"], "es"),
    ("vous êtes ouverts le 31 décembre ?", ["15:00"], "fr"),
]:
    c(m, False, "other", "atelier-porto", mm, l=l)
for m, mm, l in [
    ("can i order online and pick up at the shop? how fast", ["within 2 hours"], "en"),
    ("how long will you keep my click and collect order", ["14 days"], "en"),
    ("my friend will pick up my order for me, is that ok", ["order number"], "en"),
    ("posso encomendar online e levantar na loja? paga-se alguma coisa?", [], "pt"),
    ("¿puedo recoger el pedido en la tienda de Oporto? ¿cuánto tarda?", ["2"], "es"),
]:
    c(m, False, "product_info", "atelier-porto", mm, l=l)

# ---------------------------------------------------------- outside the shop
for m, l in [
    ("what's the weather going to be like in porto this weekend?", "en"),
    ("who won the porto benfica game yesterday", "en"),
    ("any good francesinha places near rua das flores?", "en"),
    ("vai chover amanhã no porto?", "pt"),
    ("quem ganhou o clássico ontem?", "pt"),
    ("me indica um restaurante bom na ribeira?", "br"),
    ("¿qué tiempo hará en Oporto el domingo?", "es"),
    ("vous connaissez un bon restaurant de poisson à Matosinhos ?", "fr"),
    ("can you help me write a birthday message for my mum", "en"),
]:
    c(m, False, "other", None, l=l)

# ------------------------------------------------------------------ delivery
for m, mm, l in [
    ("how much is shipping in portugal", ["€3.90"], "en"),
    ("when is delivery free to spain?", ["€60"], "en"),
    ("do you ship to france and how much", ["€8.90"], "en"),
    ("shiping to belgium price? and how long", ["€9.90"], "en"),
    ("if i order before lunch does it leave today?", ["13:00"], "en"),
    ("is there express delivery? need candles for a dinner on friday, I'm in lisbon", ["€7.90"], "en"),
    ("do you ship to the uk? moving to london", ["Portugal"], "en"),
    ("can you send to tenerife", ["Canary Islands"], "en"),
    ("how long to the azores", ["3–6 working days"], "en"),
    ("i'm in madeira, why would a diffuser take 3 weeks??", ["by sea"], "en"),
    ("it's 38 degrees here, will candles melt in the post", ["soften"], "en"),
    ("if I order a vase that's made to order and a candle, do they come separately?", ["Enviar em separado"], "en"),
    ("quanto custam os portes para portugal continental?", ["3.90"], "pt"),
    ("quanto tempo demora uma encomenda para os Açores?", ["6"], "pt"),
    ("vocês entregam no brasil?", [], "br"),
    ("¿cuánto cuesta el envío a España?", ["5.90"], "es"),
    ("¿cuánto tarda un pedido a Madrid?", ["2–4"], "es"),
    ("combien coûte la livraison en France ?", ["8.90"], "fr"),
    ("livraison gratuite à partir de combien pour la Belgique ?", ["90"], "fr"),
    ("vous livrez au Luxembourg ? en combien de jours ?", ["3–5"], "fr"),
    ("verzenden jullie naar België? wat kost dat?", ["9.90"], "nl"),
]:
    c(m, False, "shipping", "delivery", mm, l=l)

# ------------------------------------------------ Switzerland and customs
for m, mm, l in [
    ("do i pay customs if i order to zurich?", ["8.1%"], "en"),
    ("why is the price lower when I enter my swiss address", ["23%"], "en"),
    ("my order is about 50 CHF, will swiss post charge me anything?", ["CHF 5"], "en"),
    ("what if I don't pay the swiss post fee and refuse it", ["€18"], "en"),
    ("can you mark the parcel as a gift so there's no customs? it's for my sister in geneva", ["gift"], "en"),
    ("how do returns from switzerland work", ["Rücksendung"], "en"),
    ("est-ce que je vais payer la douane pour une commande en Suisse ?", ["8.1%"], "fr"),
    ("combien facture La Poste suisse pour le dédouanement ?", ["11.50"], "fr"),
    ("Muss ich in der Schweiz Zoll oder MWST bezahlen?", ["8.1%"], "de"),
    ("Ab welchem Betrag verlangt die Post Mehrwertsteuer?", ["5"], "de"),
    ("enviam para a Suíça? a minha filha vive em Lausanne, quanto é que ela paga à chegada?", ["19.90"], "pt"),
    ("¿envían a Suiza? ¿hay que pagar aduana?", ["8.1%"], "es"),
]:
    c(m, False, "shipping", "switzerland-customs", mm, l=l)

# ---------------------------------------------------- made-to-order ceramics
for m, mm, l in [
    ("how long does a made to order vase take", ["3–5 weeks"], "en"),
    ("the douro vase says feito por encomenda, what does that mean", ["3–5 weeks"], "en"),
    ("can I cancel a made to order piece if I change my mind", ["48 hours"], "en"),
    ("if I add engraving to the vase is it slower?", ["add 1 week"], "en"),
    ("will my plates look exactly like the photo?", ["vary"], "en"),
    ("there are tiny black dots in the glaze of my plates, is that a defect?", ["iron"], "en"),
    ("quanto tempo demora a jarra douro feita por encomenda?", ["3–5"], "pt"),
    ("posso cancelar uma peça feita por encomenda?", ["48"], "pt"),
    ("encomendei pratos feitos à mão, por que demora tanto?", [], "br"),
    ("¿cuánto tardan los platos Ribeira hechos por encargo?", ["3–5"], "es"),
    ("combien de temps pour un vase fait sur commande ?", ["3–5"], "fr"),
    ("peut-on annuler une pièce fabriquée sur commande ?", ["48"], "fr"),
]:
    c(m, False, "product_info", "made-to-order", mm, l=l)

# ------------------------------------------ broken on arrival, first report
for m, mm, l in [
    ("my bowls arrived broken, one is in pieces", ["7 days"], "en"),
    ("the mug has a chip on the rim, just unpacked it", ["casadopavio.pt/quebras"], "en"),
    ("diffuser leaked all over the box, what do i do", ["photo"], "en"),
    ("do I need to send the broken vase back?", ["packing"], "en"),
    ("my plates were made to order and one came cracked, do I wait another month for a new one??", ["full refund"], "en"),
    ("a jarra chegou partida", ["7"], "pt"),
    ("o vidro da vela veio rachado dentro da caixa", [MAIL], "pt"),
    ("minha caneca chegou quebrada, e agora?", ["casadopavio.pt/quebras"], "br"),
    ("el difusor ha llegado roto y todo huele", [], "es"),
    ("le bol est arrivé cassé", ["7"], "fr"),
    ("de schaal is gebroken aangekomen", ["casadopavio.pt/quebras"], "nl"),
]:
    c(m, False, "complaint", "breakage-claims", mm, l=l)

# ------------------------------------- late or missing parcels, first report
for m, mm, it, l in [
    ("tracking says delivered but there's nothing at my door", ["letterbox"], "complaint", "en"),
    ("CTT says delivered at 11:40, I was home, no one rang. nothing in the mailbox. what now?", ["aviso"], "complaint", "en"),
    ("my parcel is late, tracking hasnt changed in days", ["5 working days"], "shipping", "en"),
    ("i didnt pick up the parcel at the post office in time, what happens", ["once"], "shipping", "en"),
    ("got the wrong scent, ordered maresia and got figo", ["14 days"], "complaint", "en"),
    ("diz entregue mas eu não recebi nada", [], "complaint", "pt"),
    ("a encomenda está atrasada, o seguimento não mexe", ["5"], "shipping", "pt"),
    ("o rastreio diz entregue mas não chegou nada aqui", ["14"], "complaint", "br"),
    ("pone entregado pero no tengo nada", [], "complaint", "es"),
    ("le suivi dit livré mais je n'ai rien reçu", ["14"], "complaint", "fr"),
    ("il manque les serviettes dans mon colis", ["14"], "complaint", "fr"),
]:
    c(m, False, it, "parcel-problems", mm, l=l)

# ------------------------------------------------------------------- returns
for m, mm, l in [
    ("whats your return policy", ["30 days"], "en"),
    ("i burned the candle once and don't like the smell, can i return it", ["lit"], "en"),
    ("can I return a made to order vase?", ["14 days"], "en"),
    ("are engraved mugs returnable", [], "en"),
    ("how do i send something back, i don't have a printer", ["CTT"], "en"),
    ("is return shipping free from france?", ["€6.90"], "en"),
    ("how long until i get my money back after returning", ["14 days"], "en"),
    ("i paid with multibanco, how do you refund that", ["IBAN"], "en"),
    ("can i return an opened soap? the smell is too strong for me", ["hygiene"], "en"),
    ("quantos dias tenho para devolver?", ["30"], "pt"),
    ("posso devolver uma vela que já acendi uma vez?", [], "pt"),
    ("posso trocar a toalha na loja do porto?", [], "pt"),
    ("como faço para devolver um produto? moro em portugal", ["casadopavio.pt/devolucoes"], "br"),
    ("¿cuánto cuesta devolver un pedido desde España?", ["6.90"], "es"),
    ("quel est le délai de retour ?", ["30"], "fr"),
    ("en combien de temps suis-je remboursé après un retour ?", ["14"], "fr"),
    ("hoeveel dagen heb ik om iets terug te sturen?", ["30"], "nl"),
]:
    c(m, False, "return_refund", "returns", mm, l=l)

# ---------------------------------------------------- candle care and safety
for m, mm, l in [
    ("how long should i burn a new candle the first time", ["2–3 hours"], "en"),
    ("my candle is tunneling, hole in the middle. help", ["foil"], "en"),
    ("black smoke from my candle and the glass is going black", ["5 mm"], "en"),
    ("the flame is really high and flickery, is that dangerous?", ["trim"], "en"),
    ("how long can i leave a candle burning", ["4 hours"], "en"),
    ("the wooden wick crackles, is it broken?", ["normal"], "en"),
    ("how many hours does the vela nº 7 last", ["45 hours"], "en"),
    ("when should I stop burning it? there's a little wax left", ["1 cm"], "en"),
    ("how do i get the last wax out to reuse the glass", ["freezer"], "en"),
    ("flame keeps drowning in the wax and going out", ["pour off"], "en"),
    ("quanto tempo devo deixar a vela acesa na primeira vez?", ["2–3"], "pt"),
    ("a minha vela está a fazer um buraco no meio", [], "pt"),
    ("a vela está fazendo fumaça preta, normal?", ["5"], "br"),
    ("¿cuánto tiempo puedo tener la vela encendida?", ["4"], "es"),
    ("ma bougie creuse un trou au milieu, que faire ?", [], "fr"),
]:
    c(m, False, "product_info", "candle-safety", mm, l=l)
for m, mm, l in [
    ("what should i do if a candle glass cracks? just asking in general", ["seguranca@casadopavio.pt"], "en"),
    ("can i put out a candle fire with water?", ["lid"], "en"),
    ("where is the batch number on a candle", ["LOTE"], "en"),
    ("o que faço se me queimar com cera? é só para saber", ["20"], "pt"),
]:
    c(m, False, "product_info", "burn-incident", mm, l=l)

# ------------------------------------------------ fragrance and allergies
for m, mm, l in [
    ("where can i see the allergens in the figo candle", ["Ingredientes e alergénios"], "en"),
    ("are your fragrances safe? IFRA?", ["IFRA"], "en"),
    ("is the diffuser safe with cats", ["Cats"], "en"),
    ("the new candle gives me a bit of a headache, any tips", ["open a window"], "en"),
    ("i'm pregnant, should i avoid scented candles", ["unscented"], "en"),
    ("can you send me the safety data sheet of the maresia diffuser", [MAIL], "en"),
    ("tenho pele sensível, os sabonetes têm alergénios?", [], "pt"),
    ("o cheiro do difusor é muito forte, fico com dor de cabeça", ["3"], "br"),
    ("¿las velas llevan alérgenos? soy alérgica al limoneno", [], "es"),
    ("est-ce que le diffuseur est dangereux pour mon chat ?", [], "fr"),
]:
    c(m, False, "product_info", "fragrance-allergy", mm, l=l)

# --------------------------------------------------------------- diffusers
for m, mm, l in [
    ("how do i use the reed diffuser, first time", ["1 hour"], "en"),
    ("my diffuser barely smells after 2 weeks", ["once a week"], "en"),
    ("how long does the difusor 250 last", ["4–5 months"], "en"),
    ("do i need new reeds when I refill?", ["every refill"], "en"),
    ("can i put the diffuser on my oak sideboard", ["varnish"], "en"),
    ("how do I use the linen spray without marks", ["30 cm"], "en"),
    ("quanto tempo dura o difusor de 100 ml?", ["8–10"], "pt"),
    ("de quanto em quanto tempo viro as varetas?", [], "br"),
    ("¿cada cuánto hay que girar las varillas del difusor?", [], "es"),
    ("combien de temps dure le diffuseur 250 ml ?", ["4–5"], "fr"),
]:
    c(m, False, "product_info", "diffusers", mm, l=l)

# ---------------------------------------------------------------- Recarga
for m, mm, l in [
    ("how does recarga work", ["15% off"], "en"),
    ("is there a minimum period for the refill subscription?", ["no minimum period"], "en"),
    ("how do i cancel recarga?", ["Cancelar Recarga"], "en"),
    ("not cancelling, just curious: is there a fee to cancel", [], "en"),
    ("how do i skip next month's box", ["Saltar próxima caixa"], "en"),
    ("can I pause recarga over the summer? away 3 months", ["3 months"], "en"),
    ("when am i charged for recarga", ["3 days"], "en"),
    ("can i pay recarga with multibanco", ["MB Way"], "en"),
    ("no need for a human, just tell me how to change the scent in my recarga", ["Alterar"], "en"),
    ("if I cancel today do I still get the box you charged yesterday?", ["still"], "en"),
    ("what do you do with empty glasses? i have like 6", ["€2"], "en"),
    ("como cancelo a Recarga?", [], "pt"),
    ("posso pausar a subscrição Recarga? vou estar fora", ["3"], "pt"),
    ("como faço para pular a próxima caixa da recarga?", [], "br"),
    ("¿cómo cancelo la suscripción Recarga?", [], "es"),
    ("comment mettre en pause mon abonnement Recarga ?", ["3"], "fr"),
    ("comment résilier l'abonnement Recarga ?", [], "fr"),
]:
    c(m, False, "account", "recarga", mm, l=l)

# ---------------------------------------------------------------- workshops
for m, mm, l in [
    ("how much is the candle making workshop", ["€45 per person"], "en"),
    ("when are the workshops? only weekends?", ["Thursday 18:30"], "en"),
    ("how do i book a workshop", ["casadopavio.pt/workshops"], "en"),
    ("can my 13 year old come to the workshop", ["16"], "en"),
    ("how do I cancel my workshop booking? not yet, just asking", ["Gerir reserva"], "en"),
    ("if i cancel the workshop 5 days before do i get my money back", ["50%"], "en"),
    ("can't make it on saturday, can my friend go instead of me?", ["atelier@casadopavio.pt"], "en"),
    ("we're a team of 10, can we do a private workshop?", ["€40"], "en"),
    ("do we take the candles home the same day?", ["48 hours"], "en"),
    ("quanto custa o workshop de velas?", ["45"], "pt"),
    ("posso marcar um workshop privado para uma despedida de solteira? somos 9", ["atelier@casadopavio.pt"], "pt"),
    ("se eu cancelar o workshop com 2 dias de antecedência, tenho reembolso?", ["72"], "br"),
    ("¿el taller de velas es en español?", [], "es"),
    ("¿cuántas personas como máximo en el taller?", ["8"], "es"),
    ("l'atelier bougies peut-il se faire en français pour un groupe ?", ["atelier@casadopavio.pt"], "fr"),
    ("combien de temps dure l'atelier ?", ["2.5"], "fr"),
]:
    c(m, False, "product_info", "workshops", mm, l=l)

# ---------------------------------------------------------- personalisation
for m, mm, l in [
    ("can i put our names on a candle label", ["€4"], "en"),
    ("how many letters can you engrave on a mug", ["20 characters"], "en"),
    ("can you put an emoji heart on the label", ["emoji"], "en"),
    ("will I see what the label looks like before you make it", ["proof"], "en"),
    ("how long do personalised candles take", ["5–7 working days"], "en"),
    ("quanto custa gravar um nome numa caneca?", ["9"], "pt"),
    ("dá para personalizar a etiqueta com acentos? tipo 'Conceição'", [], "br"),
    ("¿cuánto tarda una vela con etiqueta personalizada?", ["5–7"], "es"),
    ("peut-on graver un prénom sur le vase ?", ["9"], "fr"),
]:
    c(m, False, "product_info", "personalisation", mm, l=l)

# ------------------------------------------------- wedding and corporate
for m, mm, l in [
    ("we need 120 mini candles as wedding favours, how do i get a quote", ["empresas@casadopavio.pt"], "en"),
    ("what discount do you give for 50 candles", ["10%"], "en"),
    ("how far ahead should we order christmas gifts for clients", ["end of October"], "en"),
    ("can we get samples before ordering 80 candles for our staff", ["€15"], "en"),
    ("can you ship the gifts to each of our clients separately", ["€2.50"], "en"),
    ("queremos oferecer velas aos convidados do casamento, 90 pessoas. como funciona?", ["empresas@casadopavio.pt"], "pt"),
    ("vocês fazem brinde corporativo com logo? quanto tempo leva?", ["3–6"], "br"),
    ("¿hacéis descuento por 100 velas para una boda?", ["15%"], "es"),
    ("nous cherchons des cadeaux d'entreprise pour 40 personnes, comment avoir un devis ?", ["casadopavio.pt/empresas"], "fr"),
]:
    c(m, False, "product_info", "bulk-gifts", mm, l=l)

# ------------------------------------------------------------------- payment
for m, mm, l in [
    ("what payment methods do u accept", ["MB Way"], "en"),
    ("can i pay with klarna?", ["Klarna"], "en"),
    ("how long do I have to pay the multibanco reference", ["72 hours"], "en"),
    ("when will my card be charged for a made to order vase", [], "en"),
    ("i see 2 payments on my card, tried twice because the first failed", ["5–7 working days"], "en"),
    ("mb way payment failed, why", ["5 minutes"], "en"),
    ("posso pagar por MB Way?", [], "pt"),
    ("a referência multibanco expira quando?", ["72"], "pt"),
    ("dá pra pagar com pix ou boleto?", [], "br"),
    ("¿puedo pagar con Bizum?", [], "es"),
    ("¿aceptáis PayPal?", [], "es"),
    ("je vois deux paiements sur ma carte, c'est normal ?", ["5–7"], "fr"),
    ("peut-on payer en plusieurs fois ?", ["3"], "fr"),
]:
    c(m, False, "payment", "payment", mm, l=l)

# ------------------------------------------------------------------ invoices
for m, mm, l in [
    ("where do i download my invoice", ["Fatura"], "en"),
    ("how do i get my NIF on the invoice", ["NIF (opcional)"], "en"),
    ("i forgot to put my NIF, can it still be added? asking before I bother you", ["within 5 days"], "en"),
    ("we're a french company, can you invoice without portuguese vat?", ["reverse charge"], "en"),
    ("como ponho o meu NIF na fatura?", [], "pt"),
    ("a fatura conta para o IRS?", [], "pt"),
    ("¿podéis hacer factura sin IVA a mi empresa? tenemos CIF intracomunitario", [], "es"),
    ("où puis-je télécharger ma facture ?", [MAIL], "fr"),
    ("puis-je mettre mon numéro de TVA sur la facture après avoir payé ?", [], "fr"),
]:
    c(m, False, "payment", "invoices", mm, l=l)

# ---------------------------------------------------------------- gift cards
for m, mm, l in [
    ("how long is a gift card valid", ["2 years"], "en"),
    ("how do i check my gift card balance", ["casadopavio.pt/cartao"], "en"),
    ("can i use a gift card for recarga", [], "en"),
    ("can i use my gift card in the shop in porto", ["shop in Porto"], "en"),
    ("the gift card I sent my mum hasn't arrived, what do I do", ["Reenviar cartão"], "en"),
    ("qual é a validade do cartão-presente?", ["2"], "pt"),
    ("dá pra usar o cartão presente em vários pedidos?", [], "br"),
    ("¿cuánto tiempo es válida la tarjeta regalo?", ["2"], "es"),
    ("peut-on offrir un atelier en cadeau ?", ["12"], "fr"),
]:
    c(m, False, "payment", "gift-cards", mm, l=l)

# ------------------------------------------------------------------- account
for m, mm, l in [
    ("forgot my pasword", ["Esqueci-me da palavra-passe"], "en"),
    ("reset link says expired", ["60 minutes"], "en"),
    ("never got the reset email", ["spam"], "en"),
    ("account locked after too many tries??", ["30 minutes"], "en"),
    ("i ordered as guest before, can i see those orders in a new account", [], "en"),
    ("do you have a discount for the first order", ["BEMVINDO10"], "en"),
    ("esqueci-me da palavra-passe", ["60"], "pt"),
    ("como mudo o e-mail da minha conta?", [], "br"),
    ("no puedo entrar en mi cuenta, olvidé la contraseña", [], "es"),
]:
    c(m, False, "account", "account", mm, l=l)

# ------------------------------------------------------------------- privacy
for m, mm, l in [
    ("how do i delete my account", ["Apagar conta"], "en"),
    ("how long do you keep my order data", ["10 years"], "en"),
    ("do you sell my data to anyone", [], "en"),
    ("who do I complain to about data protection in portugal", ["CNPD"], "en"),
    ("como apago a minha conta e os meus dados?", ["privacidade@casadopavio.pt"], "pt"),
    ("¿cómo pido una copia de mis datos?", ["privacidade@casadopavio.pt"], "es"),
    ("je veux supprimer mon compte, comment faire ?", ["30"], "fr"),
]:
    c(m, False, "account", "privacy", mm, l=l)

# ------------------------------------------------- order changes, the policy
for m, mm, l in [
    ("until when can i change an order? not yet, just checking", ["before 13:00"], "en"),
    ("can i change my order myself in my account", ["apoio@casadopavio.pt"], "en"),
    ("if you cancel my order how long for the refund", ["3–5 working days"], "en"),
    ("i don't want my multibanco order anymore, do i have to tell you?", ["72 hours"], "en"),
    ("até quando posso alterar uma encomenda?", ["13:00"], "pt"),
    ("¿hasta cuándo puedo cancelar un pedido?", ["13:00"], "es"),
    ("peut-on modifier l'adresse après l'envoi ?", [], "fr"),
]:
    c(m, False, "order_status", "order-changes", mm, l=l)

# --------------------------------------------------------- ceramics care
for m, mm, l in [
    ("are the ribeira bowls dishwasher safe", ["yes"], "en"),
    ("can the douro vase go in the dishwasher", ["wash by hand"], "en"),
    ("can i put the plates in the oven to warm them", ["Oven"], "en"),
    ("is the glaze food safe? lead?", ["lead-free"], "en"),
    ("fine cracks in the glaze of my bowl, is it broken", ["crazing"], "en"),
    ("a caneca pode ir ao micro-ondas?", [], "pt"),
    ("¿el jarrón aguanta agua para flores?", [], "es"),
    ("le vase Douro est-il étanche ?", [], "fr"),
]:
    c(m, False, "product_info", "ceramics-care", mm, l=l)

# ------------------------------------------------------------ linen care
for m, mm, l in [
    ("which tablecloth for a 90 x 200 table", ["160 x 250"], "en"),
    ("does the linen shrink", ["4%"], "en"),
    ("at what temperature do i wash the napkins", ["40 °C"], "en"),
    ("spilled candle wax on the tablecloth, help", ["ice"], "en"),
    ("red wine on the linen napkins!!", ["cold water"], "en"),
    ("que toalha para uma mesa redonda de 1 metro?", ["180"], "pt"),
    ("a toalha de linho pode ir na secadora?", [], "br"),
    ("¿a qué temperatura se lava el mantel de lino?", ["40"], "es"),
]:
    c(m, False, "product_info", "linen-care", mm, l=l)

# ---------------------------------------------------------------- scents
for m, mm, l in [
    ("which scent is the freshest", ["Maresia"], "en"),
    ("what does nº 7 smell like", ["fig leaf"], "en"),
    ("which candle size for a 35 m2 living room", ["480 g"], "en"),
    ("are your candles paraffin free", ["paraffin"], "en"),
    ("are the soaps vegan? palm oil?", ["vegan"], "en"),
    ("how long does an unopened soap keep", ["18 months"], "en"),
    ("qual é o cheiro mais suave para o quarto?", [], "pt"),
    ("quelle taille de diffuseur pour un salon de 25 m² ?", ["250"], "fr"),
]:
    c(m, False, "product_info", "scent-guide", mm, l=l)

# ---------------------------------------------------- guarantee and faults
for m, mm, l in [
    ("my candle keeps going out even though i trimmed it, it's faulty right?", ["casadopavio.pt/garantia"], "en"),
    ("the vase i bought in june is leaking water onto my table", ["casadopavio.pt/garantia"], "en"),
    ("how long is the guarantee on ceramics", ["3 years"], "en"),
    ("the hem of my tablecloth came undone after 3 washes", ["casadopavio.pt/garantia"], "en"),
    ("is tunnelling covered by the guarantee?", [], "en"),
    ("a jarra começou a perder água, é defeito?", ["casadopavio.pt/garantia"], "pt"),
    ("la mecha de mi vela está torcida desde el principio", ["casadopavio.pt/garantia"], "es"),
    ("le bouchon du diffuseur fuit, c'est sous garantie ?", ["casadopavio.pt/garantia"], "fr"),
]:
    c(m, False, "return_refund", "faulty-products", mm, l=l)

# ------------------------------------------------- products (data answers)
for m, mm, l in [
    ("how much is the vela nº 7", ["32"], "en"),
    ("burn time of the big figo candle?", ["90 hours"], "en"),
    ("is the difusor 250 maresia in stock?", [], "en"),
    ("how big are the linen napkins", ["45 x 45 cm"], "en"),
    ("do you have unscented candles", ["Rústica"], "en"),
    ("what's in the make your own candle kit", ["thermometer"], "en"),
    ("how much are the ribeira plates, the set of 6", ["138"], "en"),
    ("price of a refill for my vela nº 3 glass?", ["22"], "en"),
    ("quanto custa o difusor 100?", ["29"], "pt"),
    ("qual é o tamanho da toalha redonda?", ["180"], "pt"),
    ("quanto custa a caixa com 3 sabonetes?", ["19"], "br"),
    ("¿cuánto cuesta la vela de viaje?", ["16"], "es"),
    ("combien coûte le corredor de mesa en lin ?", ["42"], "fr"),
    ("how tall is the douro vase, 24 cm?", ["24 cm"], "en"),
]:
    c(m, False, "product_info", None, mm, l=l)
c("any 'Vela Nº 12' candles left? need 3 for saturday", False, "product_info", None, ["Maresia"])
c("the 480 g one, is that 3 wicks?", False, "product_info", None, [])

# ------------------------------------------------------- order status (data)
for m, mm, mnm, l, cu in [
    ("where is my order CP-58213?", ["shipped", "DA482913057PT"], [], "en", "u22001"),
    ("cp58213 tracking pls", ["DA482913057PT"], [], "en", "u22001"),
    ("did the soap box I ordered in september arrive?", ["delivered"], [], "en", "u22001"),
    ("onde está a minha encomenda CP 58213?", ["DA482913057PT"], [], "pt", "u22001"),
    ("¿dónde está mi pedido 58177? el mantel de lino", ["70411829365"], [], "es", "u22002"),
    ("my order to switzerland, #CP-58090, where is it now", ["RR901238874PT"], [], "en", "u22003"),
    ("où en est ma commande CP-58155 ?", ["05220419983317"], [], "fr", "u22006"),
    ("status of my vase CP-58330? it's made to order", ["paid"], [], "en", "u22007"),
    ("a minha jarra CP-58330 já foi para o forno?", [], [], "pt", "u22007"),
    ("my plates order cp 58301, any news?", ["paid"], [], "en", "u22008"),
    ("has the replacement vase CP-58205 been delivered?", ["delivered"], [], "en", "u22009"),
    ("pedido 58199 para o Luxemburgo, onde está?", ["05220423007718"], [], "br", "u22020"),
    ("où est ma commande 58199 ? livraison au Luxembourg", ["05220423007718"], [], "fr", "u22020"),
    ("encomenda 58230, a toalha redonda, já saiu?", ["DA482240019PT"], [], "pt", "u22022"),
    ("is my click and collect order CP-58318 ready to pick up?", ["paid"], [], "en", "u22029"),
    ("a minha encomenda para levantar na loja, CP-58318, já está pronta?", [], [], "pt", "u22029"),
    ("tracking for CP-58180 please, it's going to Bern", ["RR901107765PT"], [], "en", "u22030"),
    ("did my candles CP-57998 arrive? I was away", ["delivered"], [], "en", "u22031"),
    ("just checking CP-58061 really got cancelled", ["cancelled"], [], "en", "u22032"),
    ("minha encomenda CP-58010 para o Funchal, onde está?", ["DA481190387PT"], [], "br", "u22034"),
    ("¿se ha pagado bien mi pedido CP58325?", [], [], "es", "u22035"),
    ("encomenda CP-58355, paguei por multibanco há pouco, já entrou?", [], [], "pt", "u22037"),
    ("has my multibanco payment for CP-58344 gone through?", ["pending"], [], "en", "u22005"),
    ("where's my recarga box this month", ["6A20988810376"], [], "en", "u22039"),
    ("mon colis Recarga CP-58270 est où ?", ["6A20988810376"], [], "fr", "u22039"),
    ("is the 40-candle order for our office, CP-58333, in production?", ["paid"], [], "en", "u22042"),
    ("did my diffuser to zurich arrive, CP-58105?", ["delivered"], [], "en", "u22043"),
    ("my workshop booking CP-58360, is it paid?", ["paid"], [], "en", "u22044"),
    ("estado do pedido #CP-58340? a jarra com gravação", [], [], "pt", "u22045"),
    ("where is my tablecloth? ordered to madrid last week", ["70411829365"], [], "en", "u22002"),
]:
    c(m, False, "order_status", None, mm, mnm, l=l, cu=cu)
# someone else's order / no such order / no number
for m, mnm, l in [
    ("where is order CP-58213?", ["DA482913057PT"], "en"),
    ("¿dónde está el pedido CP-58177?", ["70411829365"], "es"),
    ("onde está a encomenda CP-59999?", [], "pt"),
    ("where's my order? 2 figo candles and a diffuser, ordered last week", ["DA482913057PT"], "en"),
    ("cadê meu pedido? comprei uma toalha de linho", ["DA482240019PT"], "br"),
]:
    c(m, False, "order_status", None, [], mnm, l=l)
# orders whose timing a page explains
c("when will CP-58330 be sent? it's the blue douro vase", False, "order_status", "made-to-order", ["3–5 weeks"], cu="u22007")
c("quando é que a minha encomenda CP-58301 fica pronta? já passaram 2 semanas", False, "order_status", "made-to-order", ["3–5"], l="pt", cu="u22008")
c("will I have to pay swiss post something when CP-58180 arrives?", False, "shipping", "switzerland-customs", ["8.1%"], cu="u22030")
c("why does my diffuser order CP-58010 to madeira take so long", False, "order_status", "delivery", ["10–15 working days"], cu="u22034")
c("est-ce que je dois payer la douane pour CP-58090 ?", False, "shipping", "switzerland-customs", ["8.1%"], l="fr", cu="u22003")
c("my multibanco reference for CP-58350 - how long do I have to pay it?", False, "payment", "payment", ["72 hours"], cu="u22019")

# numbers that are not order numbers
for m, mm, art, it, l in [
    ("does the 220 g candle really burn 45 hours?", ["45 hours"], "candle-safety", "product_info", "en"),
    ("I have a 250 ml diffuser from you, how many reeds should be in it", ["8"], "diffusers", "product_info", "en"),
    ("mesa de 160 x 90, serve a toalha de 160 x 250?", ["90"], "linen-care", "product_info", "pt"),
    ("my room is 12 m2, is the 220 g candle enough", ["20 m²"], "scent-guide", "product_info", "en"),
    ("a vela nº 12 de 220 g dura quantas horas?", ["45"], "candle-safety", "product_info", "br"),
    ("tengo un pedido de 89,90 € a Suiza, ¿cuánto pagaré de IVA?", ["8.1%"], "switzerland-customs", "shipping", "es"),
    ("j'habite au 4050 Porto... non je plaisante, à Lille 59000. livraison en combien de jours ?", ["3–5"], "delivery", "shipping", "fr"),
]:
    c(m, False, it, art, mm, l=l)

# ============================================================ hand-overs
# --------------------------------------------- explicit asks for a person
for m, l in [
    ("can I talk to a real person", "en"),
    ("human pls", "en"),
    ("id rather speak to someone, not a bot", "en"),
    ("could someone from the porto shop call me?", "en"),
    ("put me through to customer service please", "en"),
    ("can i speak to Inês? she helped me with the wedding candles last month", "en"),
    ("please have someone ring me on +351 936 118 204, after 6 is best", "en"),
    ("agent", "en"),
    ("I would like to be contacted by a member of your team regarding my order.", "en"),
    ("quero falar com uma pessoa", "pt"),
    ("posso falar com alguém da loja?", "pt"),
    ("preferia falar com uma pessoa a sério, se faz favor", "pt"),
    ("podem ligar-me? 912 334 908", "pt"),
    ("quero falar com um atendente humano", "br"),
    ("tem alguém de verdade aí?", "br"),
    ("me liga alguém da equipe? (21) 98877-1204", "br"),
    ("quiero hablar con una persona", "es"),
    ("¿me puede llamar alguien? 612 448 901", "es"),
    ("necesito hablar con alguien de atención al cliente", "es"),
    ("je voudrais parler à quelqu'un svp", "fr"),
    ("pouvez-vous me rappeler ? 06 12 44 87 30", "fr"),
    ("un conseiller humain s'il vous plaît", "fr"),
    ("ich möchte bitte mit einem Mitarbeiter sprechen", "de"),
    ("kan ik iemand spreken?", "nl"),
]:
    c(m, True, "human_request", None, l=l)

# --------------------------------------------- press and partnerships
for m, l in [
    ("I write for a Lisbon design magazine and would love to interview the founders, who can I talk to?", "en"),
    ("we run a boutique hotel in Douro valley and want to talk to someone about your candles in our rooms", "en"),
    ("olá, sou influencer de decoração (30k) e gostava de falar com alguém sobre uma parceria", "pt"),
    ("somos una tienda de decoración en Vigo y querríamos hablar con alguien sobre ser revendedores", "es"),
    ("je suis journaliste pour un magazine déco belge, pouvez-vous me mettre en contact avec la direction ?", "fr"),
]:
    c(m, True, "human_request", "contact", l=l)

# -------------------------------------------- cancel or change an order
for m, it, art, l, cu in [
    ("please cancel my order CP-58330, i changed my mind about the colour", "order_status", "made-to-order", "en", "u22007"),
    ("podem cancelar a encomenda CP-58330? encomendei ontem à noite", "order_status", "made-to-order", "pt", "u22007"),
    ("can you change the vase on CP-58330 from blue to white?", "order_status", "order-changes", "en", "u22007"),
    ("please change the delivery address on CP-58312, I've moved to Lyon", "order_status", "order-changes", "en", "u22015"),
    ("pouvez-vous changer l'adresse de livraison de la commande CP-58312 ?", "order_status", "order-changes", "fr", "u22015"),
    ("can you add a wick trimmer to CP-58355 before it ships?", "order_status", "order-changes", "en", "u22037"),
    ("quero mudar a CP-58318 de levantar na loja para entrega em casa", "order_status", "order-changes", "pt", "u22029"),
    ("cancela o meu pedido CP-58344 por favor", "order_status", "order-changes", "br", "u22005"),
    ("¿podéis anular mi pedido CP-58325? me he equivocado de kit", "order_status", "order-changes", "es", "u22035"),
    ("the name on the label in CP-58244 should be 'Marta & Rui' not 'Marta e Rui', please fix it", "order_status", "personalisation", "en", "u22024"),
    ("na etiqueta da CP-58244 escrevi mal o nome, é Conceição com ç", "order_status", "personalisation", "pt", "u22024"),
    ("please add engraving 'Avó Rosa' to the vase in CP-58330", "order_status", "order-changes", "en", "u22007"),
    ("my parcel CP-57955 went back to you, I was on holiday. please send it again", "order_status", "parcel-problems", "en", "u22026"),
    ("mon colis CP-57955 vous est revenu, pouvez-vous le renvoyer ?", "order_status", "parcel-problems", "fr", "u22026"),
    ("I want my money back for the platter CP-57790, just sort it out please", "return_refund", "returns", "en", "u22023"),
    ("I got the 160 x 250 tablecloth in CP-58044 but I need the round one, can you swap it in the order", "return_refund", "returns", "en", "u22038"),
    ("quero trocar a toalha da encomenda CP-58044 pela redonda, podem tratar disso?", "return_refund", "returns", "pt", "u22038"),
    ("cancel my recarga for me please, the page keeps spinning", "account", "recarga", "en", "u22039"),
    ("podem cancelar a minha Recarga? não consigo entrar na conta", "account", "recarga", "pt", None),
    ("¿podéis saltar mi caja de Recarga de diciembre? no encuentro el botón", "account", "recarga", "es", None),
    ("please cancel our workshop places on saturday, CP-58261, my wife is sick", "product_info", "workshops", "en", "u22016"),
    ("podem mudar o meu workshop de sábado para quinta-feira? CP-58360", "product_info", "workshops", "pt", "u22044"),
    ("annulez ma réservation pour l'atelier de samedi s'il vous plaît", "product_info", "workshops", "fr", None),
    ("please split CP-58340 and send the things in stock first", "order_status", "order-changes", "en", "u22045"),
]:
    c(m, True, it, art, l=l, cu=cu)

# --------------------------------------------- things only staff can do
E = []  # (message, intent, article, lang, customer)
E += [  # charged twice / unknown charge
    ("you charged me twice for CP-57960, 39,90 two times on MB Way, and both are still there after 10 days", "payment", "payment", "en", "u22013"),
    ("cobraram-me duas vezes a encomenda CP-57960 no MB Way, já passaram 10 dias", "payment", "payment", "pt", "u22013"),
    ("paguei a referência multibanco duas vezes sem querer, como recupero o dinheiro?", "payment", "payment", "pt", None),
    ("me cobraron dos veces el mismo pedido en la tarjeta y ya no es 'pendiente'", "payment", "payment", "es", None),
    ("there's a charge from casa do pavio on my card and I've never ordered from you", "payment", None, "en", None),
]
E += [  # charged after cancelling
    ("I cancelled CP-58120 on the 6th and the 44,90 was still taken from my card, it's not a reservation", "payment", "order-changes", "en", "u22012"),
    ("cancelé el pedido CP-58120 y me habéis cobrado igual 44,90 €", "payment", "order-changes", "es", "u22012"),
    ("a minha encomenda foi cancelada mas o dinheiro não voltou, já lá vão 3 semanas", "payment", "order-changes", "pt", "u22040"),
]
E += [  # refund missing
    ("I returned the maresia diffuser in september, it says refunded on 8 october and I still have nothing", "return_refund", "returns", "en", "u22004"),
    ("le remboursement de CP-57388 n'est toujours pas arrivé, ça fait plus d'un mois", "return_refund", "returns", "fr", "u22004"),
    ("ainda não recebi o reembolso da CP-57233, devolvi em setembro", "return_refund", "returns", "pt", "u22014"),
    ("PayPal says nothing came back for CP-57611 though the order shows refunded", "return_refund", "returns", "en", "u22036"),
    ("cancelei o workshop com 10 dias de antecedência e o reembolso nunca chegou", "return_refund", "workshops", "br", None),
]
E += [  # Recarga charged after cancelling / while paused
    ("I cancelled recarga on the 1st and you charged me anyway and sent CP-58260", "account", "recarga", "en", "u22021"),
    ("cancelei a Recarga no dia 1 e cobraram-me 18,70 na mesma", "account", "recarga", "pt", "u22021"),
    ("mi Recarga está en pausa y me habéis cobrado la caja de este mes", "account", "recarga", "es", None),
    ("mon abonnement Recarga est en pause et j'ai quand même été débitée", "account", "recarga", "fr", None),
]
E += [  # replacement broken again, breakage report unanswered
    ("the replacement vase CP-58205 arrived broken AGAIN. same place, the neck", "complaint", "breakage-claims", "en", "u22009"),
    ("a jarra de substituição também chegou partida, é a segunda vez", "complaint", "breakage-claims", "pt", "u22009"),
    ("I sent photos of the broken bowls 6 days ago through the form and nobody answered", "complaint", "breakage-claims", "en", "u22033"),
    ("j'ai envoyé les photos des bols cassés il y a une semaine, aucune réponse", "complaint", "breakage-claims", "fr", "u22033"),
]
E += [  # delivered, not received, already looked
    ("CP-58011 says delivered on the 4th, I checked the mailbox, asked the neighbours and the porteiro, went to the post office. nothing", "complaint", "parcel-problems", "en", "u22010"),
    ("o CTT diz entregue, já perguntei aos vizinhos, ao porteiro e fui aos correios. nada, há uma semana", "complaint", "parcel-problems", "pt", "u22010"),
    ("SEUR pone entregado desde el lunes, he preguntado a los vecinos y al conserje, nada", "complaint", "parcel-problems", "es", None),
    ("Colissimo indique livré, j'ai vérifié la boîte aux lettres et demandé aux voisins, rien depuis 5 jours", "complaint", "parcel-problems", "fr", None),
]
E += [  # Swiss customs disputed
    ("Swiss Post wants CHF 38 for CP-57905, that's way more than 8.1% plus the fee, can't be right", "shipping", "switzerland-customs", "en", "u22011"),
    ("La Poste me réclame 38 CHF pour le colis CP-57905, ça ne correspond pas du tout", "shipping", "switzerland-customs", "fr", "u22011"),
    ("I paid the VAT at checkout and swiss post charged me again for CP-58105", "shipping", "switzerland-customs", "en", "u22043"),
]
E += [  # gift card, invoice
    ("I bought a 50€ gift card for my sister (CP-58140), clicked resend twice, checked spam, she still has nothing", "payment", "gift-cards", "en", "u22017"),
    ("o meu cartão-presente tinha 60 € e agora o saldo diz 0, não usei nada", "payment", "gift-cards", "pt", None),
    ("la tarjeta regalo que me regalaron aparece sin saldo y no la he usado", "payment", "gift-cards", "es", None),
    ("second time I ask: the invoice for CP-58100 still has no NIF and our accountant won't accept it", "payment", "invoices", "en", "u22025"),
    ("esqueci-me do NIF na encomenda de ontem, podem emitir a fatura de novo com o NIF 245 118 093?", "payment", "invoices", "pt", None),
    ("la factura salió a mi nombre y no al de la empresa, ¿podéis corregirla?", "payment", "invoices", "es", None),
]
E += [  # account: not my order, someone else's data, deletion, locked out
    ("there's an order CP-58290 for 3 big candles on my account that I never made", "account", None, "en", "u22018"),
    ("tenho uma encomenda na conta que não fiz, 174 euros", "account", None, "pt", "u22018"),
    ("il y a une commande sur mon compte que je n'ai pas passée", "account", None, "fr", None),
    ("I logged in and I can see someone else's address and orders in my account", "account", "privacy", "en", None),
    ("pedi para apagar a minha conta há dois meses e continuo a receber e-mails vossos", "account", "privacy", "pt", None),
    ("I deleted my account in august and I still get your newsletter and the recarga reminder", "account", "privacy", "en", None),
    ("done forgot password 4 times, no email, not in spam, and my recarga is in there", "account", "account", "en", None),
    ("já tentei recuperar a palavra-passe várias vezes, não chega e-mail nenhum, nem no spam", "account", "account", "pt", None),
]
E += [  # candle incidents
    ("the glass of my figo candle cracked while it was burning and hot wax went all over the shelf", "complaint", "burn-incident", "en", "u22027"),
    ("o copo da vela rebentou enquanto estava acesa, ficou tudo cheio de cera e partiu-se o vidro", "complaint", "burn-incident", "pt", "u22027"),
    ("ok so this is a bit scary. I lit the big 3 wick candle last night, the 3 flames kind of merged into one huge flame, like 10 cm, and I couldn't blow it out, I had to put a baking tray over it. my kitchen smells of smoke and there's a black mark on the ceiling. nobody is hurt but I'm shaken", "complaint", "burn-incident", "en", None),
    ("me queimei com a cera da vela, a chama ficou enorme do nada", "complaint", "burn-incident", "br", None),
    ("la vela ha prendido fuego a la estantería, lo apagamos pero se ha quemado la madera", "complaint", "burn-incident", "es", None),
    ("la flamme est devenue énorme et le pot en verre a éclaté", "complaint", "burn-incident", "fr", None),
]
E += [  # allergic reactions
    ("after using the maresia liquid soap my hands are red and swollen with little blisters", "complaint", "fragrance-allergy", "en", None),
    ("desde que usé el spray de lino tengo sarpullido en el cuello y me pica mucho", "complaint", "fragrance-allergy", "es", "u22028"),
    ("my daughter started wheezing after we lit the new candle, she's asthmatic, we went to the urgência", "complaint", "fragrance-allergy", "en", None),
    ("fiquei com a cara inchada depois de usar o sabonete de alecrim", "complaint", "fragrance-allergy", "pt", None),
    ("j'ai des plaques rouges sur les mains depuis que j'utilise votre savon", "complaint", "fragrance-allergy", "fr", None),
]
E += [  # legal threats and staff
    ("I have written four times about the refund for the tablecloth I sent back and every time I get a polite 'we're looking into it'. if the money isn't back by friday I'm filing in the livro de reclamações and going to DECO", "complaint", None, "en", None),
    ("vou apresentar queixa na DECO se isto não for resolvido", "complaint", None, "pt", None),
    ("voy a poner una reclamación en consumo si no me devolvéis el dinero", "complaint", None, "es", None),
    ("the teacher at saturday's workshop was rude to my mother and rushed everything", "complaint", None, "en", None),
    ("a senhora da loja na rua das flores foi muito mal-educada comigo hoje", "complaint", None, "pt", None),
    ("la personne au téléphone m'a raccroché au nez", "complaint", None, "fr", None),
]
for m, it, art, l, cu in E:
    c(m, True, it, art, l=l, cu=cu)

# ================================================== conversations (2-4 turns)
# ---- a question is answered, then a person is asked for
for msgs, art, l in [
    (["how much is shipping to switzerland", "ok. can I talk to someone about the customs part"], "switzerland-customs", "en"),
    (["how does recarga work?", "hmm, can a human explain it to me on the phone"], "recarga", "en"),
    (["how long do made to order plates take", "right. i'd like to talk to the studio before i order"], "made-to-order", "en"),
    (["what's your return policy", "fine. human please"], "returns", "en"),
    (["how do I get a quote for wedding favours", "great, can someone from the events team call me? the wedding is in 5 weeks"], "bulk-gifts", "en"),
    (["how do private workshops work", "could someone phone me to organise one for 10 people"], "workshops", "en"),
    (["how do i claim on the guarantee", "can I just speak to someone instead of the form"], "faulty-products", "en"),
    (["can you invoice my company without VAT?", "I'd like to go through it with a person please"], "invoices", "en"),
    (["quanto custa o workshop?", "ok, e posso falar com alguém do atelier?"], "workshops", "pt"),
    (["como funciona a Recarga?", "prefiro falar com uma pessoa sobre isso"], "recarga", "pt"),
    (["quanto tempo demora uma jarra por encomenda?", "alguém me pode ligar? 913 270 554"], "made-to-order", "pt"),
    (["vocês fazem lembrancinha de casamento?", "legal, tem como alguém me ligar pra montar o orçamento?"], "bulk-gifts", "br"),
    (["qual o prazo pra devolver?", "beleza, quero falar com um atendente"], "returns", "br"),
    (["¿cuánto cuesta el envío a Suiza?", "vale, ¿puedo hablar con alguien?"], "delivery", "es"),
    (["¿cómo funciona la personalización de etiquetas?", "prefiero hablarlo con una persona"], "personalisation", "es"),
    (["combien coûte la livraison en Belgique ?", "d'accord, je peux parler à quelqu'un ?"], "delivery", "fr"),
    (["comment fonctionne la douane pour la Suisse ?", "je préférerais qu'un conseiller me rappelle"], "switzerland-customs", "fr"),
    (["wie funktioniert der Zoll in die Schweiz?", "kann mich jemand anrufen?"], "switzerland-customs", "de"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- frustration that builds over the turns (no swearing)
for msgs, it, art, l in [
    (["how much will I pay in switzerland", "but do I pay at the door or not", "that's not what I asked. how much in CHF for a 120 euro order?", "third time asking the same thing"], "complaint", "switzerland-customs", "en"),
    (["how do i skip a recarga box", "there's no skip button in my account", "I've looked 3 times, it's not there, this isn't helping"], "complaint", "recarga", "en"),
    (["where is my invoice", "it's not under Encomendas", "still not there. you keep sending me the same text"], "complaint", "invoices", "en"),
    (["the reset link doesn't work", "I clicked it right away, it says expired", "this is going in circles, I just want to log in"], "complaint", "account", "en"),
    (["my parcel is late", "yes i checked tracking, hasn't moved in 6 days", "you're just repeating yourself"], "complaint", "parcel-problems", "en"),
    (["how do I move my workshop date", "there's no Gerir reserva link in my email", "I already told you that. twice."], "complaint", "workshops", "en"),
    (["como salto uma caixa da Recarga?", "não há esse botão", "já disse três vezes que o botão não existe"], "complaint", "recarga", "pt"),
    (["onde está a minha fatura?", "não está lá", "isto não ajuda nada, é a terceira vez que pergunto"], "complaint", "invoices", "pt"),
    (["a encomenda está atrasada", "já vi o seguimento, está parado há uma semana", "estão sempre a responder a mesma coisa"], "complaint", "parcel-problems", "pt"),
    (["não consigo entrar na conta", "já fiz o esqueci a senha", "continua sem chegar e-mail, tô ficando bem chateada"], "complaint", "account", "br"),
    (["¿cómo pauso la Recarga?", "no hay botón de pausa", "es la tercera vez que escribo lo mismo"], "complaint", "recarga", "es"),
    (["¿cuánto pago de aduana en Suiza?", "pero el pedido es de 200 €", "no me estás contestando a lo que pregunto"], "complaint", "switzerland-customs", "es"),
    (["où est ma facture ?", "elle n'y est pas", "c'est la troisième fois que je le demande"], "complaint", "invoices", "fr"),
    (["comment réinitialiser mon mot de passe ?", "l'e-mail n'arrive pas", "j'ai déjà fait ça trois fois, ça ne sert à rien"], "complaint", "account", "fr"),
]:
    c(msgs, True, it, art, l=l)
# frustration that ends with an ask for a person
for msgs, art, l in [
    (["my tracking hasn't moved since monday", "yes I checked the link", "ok this is pointless, get me a human"], "parcel-problems", "en"),
    (["how do I change the scent in recarga", "I clicked Alterar, it still shows figo", "forget it, let me talk to someone"], "recarga", "en"),
    (["o seguimento não mexe", "sim, já vi", "então passe-me a uma pessoa"], "parcel-problems", "pt"),
    (["o cartão presente não chegou", "já cliquei em reenviar", "quero falar com um humano agora"], "gift-cards", "br"),
    (["la devolución no funciona", "el código no lo aceptan en correos", "pásame con alguien, por favor"], "returns", "es"),
    (["le code promo BEMVINDO10 ne marche pas", "je l'ai tapé exactement", "je veux parler à une vraie personne"], "account", "fr"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- an answered question, then the staff-only problem comes out
for msgs, it, art, l, cu in [
    (["how long does a refund take", "well, mine for CP-57388 says refunded since 8 october and I have nothing"], "return_refund", "returns", "en", "u22004"),
    (["do you replace pieces that arrive broken?", "you did, and the replacement came broken too"], "complaint", "breakage-claims", "en", "u22009"),
    (["is swiss VAT taken off at checkout?", "then why did swiss post just bill me for CP-58105?"], "shipping", "switzerland-customs", "en", "u22043"),
    (["how do I pause recarga", "I did that in october and you charged me this month anyway"], "account", "recarga", "en", None),
    (["how do I delete my account", "I did that in august and I still get your emails"], "account", "privacy", "en", None),
    (["why do I see 2 payments on my card", "it's been 2 weeks and both are final on my statement"], "payment", "payment", "en", "u22013"),
    (["what do I do if a candle glass cracks", "it just happened, right now, and there's wax on the floor and a crack in the shelf"], "complaint", "burn-incident", "en", "u22027"),
    (["are there allergens in the soaps", "ok because my hands are swollen since I used the liquid soap"], "complaint", "fragrance-allergy", "en", "u22028"),
    (["quanto tempo demora o reembolso?", "já passou mais de um mês para a CP-57233 e não recebi nada"], "return_refund", "returns", "pt", "u22014"),
    (["como cancelo a Recarga?", "cancelei no dia 1 e cobraram-me na mesma"], "account", "recarga", "pt", "u22021"),
    (["vocês substituem peças quebradas?", "sim, mas a substituição também chegou quebrada"], "complaint", "breakage-claims", "br", "u22009"),
    (["¿cuánto tarda el reembolso?", "llevo cinco semanas esperando"], "return_refund", "returns", "es", None),
    (["comment annuler une commande ?", "je l'ai annulée et j'ai été débité quand même"], "payment", "order-changes", "fr", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- a problem reported, then it turns out staff are needed
for msgs, it, art, l, cu in [
    (["my bowls arrived broken", "I sent the photos to apoio 6 days ago and nobody has answered"], "complaint", "breakage-claims", "en", "u22033"),
    (["tracking says delivered but i have nothing", "I did all that. mailbox, neighbours, the post office. it's been 5 days", "so what now"], "complaint", "parcel-problems", "en", "u22010"),
    (["swiss post wants money for my parcel", "i paid 3 days ago online and it still hasn't moved"], "shipping", "switzerland-customs", "en", "u22030"),
    (["the gift card didn't arrive", "I pressed resend card yesterday and again today, nothing, not in spam"], "payment", "gift-cards", "en", "u22017"),
    (["a jarra chegou partida", "mandei as fotos há uma semana e ninguém respondeu"], "complaint", "breakage-claims", "pt", None),
    (["diz entregue mas não tenho nada", "já fiz isso tudo, há quatro dias"], "complaint", "parcel-problems", "pt", "u22010"),
    (["el difusor llegó roto", "mandé las fotos hace 8 días y nada"], "complaint", "breakage-claims", "es", None),
    (["le vase est arrivé cassé", "j'ai envoyé des photos la semaine dernière, pas de réponse"], "complaint", "breakage-claims", "fr", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- change requests inside a conversation
for msgs, it, art, l, cu in [
    (["can i still cancel a made to order vase I ordered last night?", "ok then please cancel CP-58330"], "order_status", "made-to-order", "en", "u22007"),
    (["where is my order CP-58213", "can you send it to my office instead, I'm not home this week"], "order_status", "order-changes", "en", "u22001"),
    (["posso alterar a encomenda?", "então troquem a Vela Nº 12 da CP-58355 pela Nº 3"], "order_status", "order-changes", "pt", "u22037"),
    (["¿se puede cancelar un pedido?", "entonces cancelad el CP-58325"], "order_status", "order-changes", "es", "u22035"),
    (["how do returns work", "ok, please just refund the platter from CP-57790 to my card"], "return_refund", "returns", "en", "u22023"),
    (["how do I cancel recarga", "can you just do it for me, I'm on my phone and it won't load"], "account", "recarga", "en", "u22021"),
    (["what's the workshop cancellation policy?", "ok, then cancel our 2 places in CP-58261, it's 10 days away"], "product_info", "workshops", "en", "u22016"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- follow-ups the assistant answers itself (no hand-over)
for msgs, it, art, mm, l in [
    (["hi", "how much is shipping to spain?"], "shipping", "delivery", ["€5.90"], "en"),
    (["do you ship to switzerland", "do i pay customs on top?"], "shipping", "switzerland-customs", ["8.1%"], "en"),
    (["how long do made to order plates take", "and can I cancel if I change my mind?"], "product_info", "made-to-order", ["48 hours"], "en"),
    (["what's recarga", "and if I want to stop it, how?"], "account", "recarga", ["Cancelar Recarga"], "en"),
    (["can i return a candle", "what if I already lit it once?"], "return_refund", "returns", ["lit"], "en"),
    (["i want to talk to someone", "actually never mind, just tell me if the shop is open sunday"], "other", "atelier-porto", ["11:00–17:00"], "en"),
    (["human please", "no wait, forget it. what's the phone number, I'll call myself"], "other", "contact", [PH], "en"),
    (["is this chat a bot?", "ok, and when are people here?"], "other", "contact", ["9:00–19:00"], "en"),
    (["no I don't need a person", "just tell me how long a gift card is valid"], "payment", "gift-cards", ["2 years"], "en"),
    (["my vase arrived broken", "do i have to send it back?"], "complaint", "breakage-claims", ["packing"], "en"),
    (["CTT says delivered but I have nothing", "ok, should I wait or write to you now?"], "complaint", "parcel-problems", ["next working day"], "en"),
    (["my candle is smoking", "and the flame is huge too"], "product_info", "candle-safety", ["trim"], "en"),
    (["do you have unscented candles?", "how much are they?"], "product_info", None, ["14"], "en"),
    (["what's the weather in porto tomorrow", "ok never mind. how much is the workshop?"], "product_info", "workshops", ["€45"], "en"),
    (["how do I cancel my workshop booking", "and if it's only 2 days before?"], "product_info", "workshops", ["no refund"], "en"),
    (["olá", "quanto custam os portes para Espanha?"], "shipping", "delivery", ["5.90"], "pt"),
    (["quero falar com uma pessoa", "não, esqueça, qual é o número de telefone?"], "other", "contact", [PH], "pt"),
    (["não preciso de falar com ninguém", "só quero saber como pausar a Recarga"], "account", "recarga", [], "pt"),
    (["a minha jarra chegou partida", "tenho de a devolver?"], "complaint", "breakage-claims", [], "pt"),
    (["quanto custa o workshop?", "e se eu cancelar uma semana antes?"], "product_info", "workshops", [], "pt"),
    (["oi", "vocês aceitam PayPal?"], "payment", "payment", [], "br"),
    (["não preciso de atendente", "só me fala o whatsapp de vocês"], "other", "contact", [WA], "br"),
    (["hola", "¿cuánto tarda un pedido a Barcelona?"], "shipping", "delivery", ["2–4"], "es"),
    (["no necesito hablar con nadie", "solo dime cuánto tiempo tengo para devolver algo"], "return_refund", "returns", ["30"], "es"),
    (["bonjour", "combien coûte la livraison au Luxembourg ?"], "shipping", "delivery", ["9.90"], "fr"),
    (["je ne veux pas parler à un conseiller", "dites-moi juste comment annuler l'abonnement Recarga"], "account", "recarga", [], "fr"),
]:
    c(msgs, False, it, art, mm, l=l)
# order follow-ups with the customer's own orders
for msgs, mm, mnm, l, cu, art in [
    (["hi, where's my candle order", "the number is CP 58213"], ["DA482913057PT"], [], "en", "u22001", None),
    (["olá, a minha encomenda ainda não chegou", "é a encomenda 58230"], ["DA482240019PT"], [], "pt", "u22022", None),
    (["¿dónde está mi paquete?", "pedido CP-58177"], ["70411829365"], [], "es", "u22002", None),
    (["bonjour, mon colis n'est pas arrivé", "c'est la commande CP-58155, livraison en Belgique"], ["05220419983317"], [], "fr", "u22006", None),
]:
    c(msgs, False, "order_status", art, mm, mnm, l=l, cu=cu)

# ---- more ways of asking for a person
for m, l in [
    ("cn i tlk to sum1 real", "en"),
    ("is there anyone who could look at this with me?", "en"),
    ("honestly I think this needs a human", "en"),
    ("rather not explain this to a bot. someone from the team please", "en"),
    ("Good afternoon. Would it be possible to speak with one of your colleagues? Kind regards, M. Sousa", "en"),
    ("alguém da equipa me pode ligar amanhã de manhã?", "pt"),
    ("há aí alguém que não seja um robô?", "pt"),
    ("queria falar com a responsável da loja", "pt"),
    ("me passa pra um humano, por favor", "br"),
    ("¿hay alguien de carne y hueso por ahí?", "es"),
    ("j'aimerais qu'une personne de votre équipe me contacte", "fr"),
]:
    c(m, True, "human_request", None, l=l)
# greeting first, then the ask; or asking again
for msgs, l in [
    (["hi", "can i speak to a person please"], "en"),
    (["human", "HUMAN", "hello?? a real person please"], "en"),
    (["agent", "i said agent"], "en"),
    (["bom dia", "posso falar com alguém da loja?"], "pt"),
    (["pessoa", "uma PESSOA por favor"], "pt"),
    (["oi", "quero falar com um atendente"], "br"),
    (["hola", "¿me pasas con una persona?"], "es"),
    (["bonjour", "je voudrais parler à un conseiller"], "fr"),
    (["grüezi", "ich möchte mit jemandem sprechen"], "de"),
]:
    c(msgs, True, "human_request", None, l=l)

# ---- longer conversations written out in full
c(["hi, I get a recarga box every month but I only need one every 2 months",
   "I went to A minha conta > Recarga like you said but there's only 'Entrega e pagamento' and 'Cancelar Recarga', no Alterar",
   "look, I've now spent half an hour on this, logged out and in again, tried my phone and the laptop, cleared the cache like my daughter told me, and there is still no button to change the interval. I don't want to cancel, I just want fewer boxes. this is really not ok"],
  True, "complaint", "recarga")
c("I've read half your help pages and I'm more confused than before. we're getting married in june, 110 guests, we want mini candles with our names and maybe soaps too, different labels for the two families... I'd really just like to talk it through with somebody. could someone from your events team call me? 917 220 486",
  True, "human_request", "bulk-gifts")
c("ok before you pass me on to someone, I really don't need a person for this, I just can't find anywhere on your site how long the gift card my aunt gave me is valid, it's from last christmas and I'd hate for it to run out",
  False, "payment", "gift-cards", ["2 years"])
c(["hey, thinking of booking the candle workshop for my mum's birthday", "can she come alone or does she need a group?",
   "and how many candles does she take home?"], False, "product_info", "workshops", ["2 candles"])
c(["olá, tenho uma encomenda a caminho", "não, está tudo bem com ela, só queria saber a que horas fecha a loja ao domingo"],
  False, "other", "atelier-porto", ["17:00"], l="pt")
c("bonjour, j'ai acheté la grande bougie Figo & Cedro il y a quinze jours et je l'ai allumée trois fois, à chaque fois une heure environ pendant le dîner, et maintenant il y a un trou au milieu et la mèche est presque noyée. est-ce que j'ai fait quelque chose de mal ou est-ce que la bougie est défectueuse ?",
  False, "product_info", "candle-safety", ["2–3"], l="fr")
c("oi gente, tudo bem? então, comprei o difusor de 250 ml de flor de laranjeira faz umas três semanas e no começo o cheiro tava ótimo mas agora quase não sinto mais nada, mesmo com o frasco ainda pela metade. será que veio com defeito ou tô fazendo algo errado?",
  False, "product_info", "diffusers", [], l="br")
c("hola, os escribo porque me han regalado un jarrón Douro azul para la boda y al llenarlo de agua he visto que por fuera tiene como una red de líneas finitas en el esmalte. ¿es que está roto o es normal? no pierde agua",
  False, "product_info", "ceramics-care", [], l="es")

# ---- more hand-overs: informal asks, staff-only problems, changes, frustration
for m, l in [
    ("can u get me someone from the shop, this is too complicated for a chatbot", "en"),
    ("is there a way to talk to an actual human being at casa do pavio", "en"),
    ("olha, passa-me a alguém, se faz favor", "pt"),
    ("dá pra falar com uma pessoa? é rapidinho", "br"),
    ("preciso falar com alguém da loja", "br"),
    ("¿puedo hablar con un agente?", "es"),
    ("mettez-moi en relation avec le service client svp", "fr"),
    ("quelqu'un de l'atelier peut me rappeler demain ?", "fr"),
]:
    c(m, True, "human_request", None, l=l)
for msgs, art, l in [
    (["what's the return policy for made to order pieces?", "ok, I'd like someone to call me about it"], "returns", "en"),
    (["do you make candles for hotels?", "cool, who can I talk to about an order of 300"], "bulk-gifts", "en"),
    (["como funciona a gravação?", "posso falar com alguém que me ajude a escolher o texto?"], "personalisation", "pt"),
    (["¿cuánto dura la tarjeta regalo?", "vale gracias. ¿y me puede atender una persona?"], "gift-cards", "es"),
    (["quel est le délai pour les assiettes sur commande ?", "merci. un conseiller peut-il m'appeler ?"], "made-to-order", "fr"),
]:
    c(msgs, True, "human_request", art, l=l)
for m, it, art, l, cu in [
    ("I cancelled our workshop places 2 weeks in advance and the €90 never came back", "return_refund", "workshops", "en", "u22016"),
    ("you cancelled the saturday workshop yourselves and I never got the refund or a new date", "return_refund", "workshops", "en", None),
    ("comprei um cartão-presente e o código diz 'inválido' no checkout", "payment", "gift-cards", "pt", None),
    ("the gift card code my colleague gave me says already used, I never used it", "payment", "gift-cards", "en", None),
    ("I sent the guarantee form for the leaking vase 10 days ago and still no answer", "return_refund", "faulty-products", "en", "u22045"),
    ("recebi a fatura com o NIF e o nome de outra pessoa", "payment", "invoices", "pt", None),
    ("mi pedido CP-58177 lleva 9 días parado en SEUR, ya os escribí y nadie contesta", "complaint", "parcel-problems", "es", "u22002"),
    ("La Poste me demande 45 CHF pour CP-58090, c'est bien plus que ce que dit votre page", "shipping", "switzerland-customs", "fr", "u22003"),
    ("vocês cobraram a Recarga duas vezes este mês", "account", "recarga", "br", None),
    ("the engraving on my mug says 'Avo' instead of 'Avó' and the proof I approved had the accent", "return_refund", "personalisation", "en", None),
    ("la etiqueta personalizada tiene mal el nombre, y en la prueba que aprobé estaba bien", "return_refund", "personalisation", "es", None),
    ("I got a dispatch email for CP-58290 which I never ordered, and it's going to an address in Braga", "account", None, "en", "u22018"),
    ("alguém fez uma encomenda com o meu e-mail e a minha morada, não fui eu", "account", None, "pt", None),
    ("the diffuser leaked onto my grandmother's table and ate the varnish, I want you to pay for the restoration", "complaint", "diffusers", "en", None),
    ("a vela pegou fogo à cortina da sala, conseguimos apagar mas a cortina ficou destruída", "complaint", "burn-incident", "pt", None),
    ("my cat vomited twice after we put the new diffuser in the living room, we're at the vet now", "complaint", "fragrance-allergy", "en", None),
    ("tive uma crise de asma com o difusor novo, fui às urgências", "complaint", "fragrance-allergy", "pt", None),
    ("pode mudar a morada da CP-58213? mudei-me esta semana", "order_status", "order-changes", "pt", "u22001"),
    ("please remove the napkins from CP-58312, I only want the runner", "order_status", "order-changes", "en", "u22015"),
    ("quero devolver as taças da CP-58046 e receber o dinheiro, vocês tratam da recolha?", "return_refund", "returns", "pt", "u22033"),
    ("remboursez la Recarga CP-58270 s'il vous plaît, je ne voulais pas cette caisse", "account", "recarga", "fr", "u22039"),
    ("can you resend my gift card from CP-58140 to another address? my sister uses her work email", "payment", "gift-cards", "en", "u22017"),
    ("muda meu workshop pro sábado dia 22, por favor", "product_info", "workshops", "br", None),
]:
    c(m, True, it, art, l=l, cu=cu)
for msgs, it, art, l in [
    (["can i change the engraving text?", "I haven't approved the proof yet, I replied to the email with the new text", "that was 4 days ago, nobody answered, and you keep telling me to reply to the email"], "complaint", "personalisation", "en"),
    (["o código BEMVINDO10 não funciona", "escrevi tal e qual", "já tentei três vezes, isto é ridículo"], "complaint", "account", "pt"),
    (["¿cómo descargo la factura?", "no aparece en Encomendas", "ya te he dicho que no está, es la tercera vez"], "complaint", "invoices", "es"),
    (["comment réserver l'atelier ?", "le site refuse ma carte", "ça fait une heure que j'essaie, vous ne m'aidez pas du tout"], "complaint", "workshops", "fr"),
]:
    c(msgs, True, it, art, l=l)

# ---- many customers greet before they ask: every 8th single-turn question
# gets an opening line in its own language (the judged turn is unchanged)
OPENERS = {
    "en": ["hi", "hello", "hey", "good morning", "hi there", "hello, quick question",
           "hiya", "evening!", "hi, hope you can help"],
    "pt": ["olá", "bom dia", "boa tarde", "olá, uma pergunta rápida", "boa noite"],
    "br": ["oi", "oi, tudo bem?", "olá, bom dia"],
    "es": ["hola", "buenos días", "buenas"],
    "fr": ["bonjour", "bonsoir", "bonjour, une petite question"],
    "de": ["grüezi", "guten Tag"], "nl": ["hallo", "goedemiddag"], "it": ["buongiorno"],
}
GREETS = re.compile(r"(hi|hello|hey|hiya|good (morning|afternoon|evening)|olá|ola|oi|bom dia|boa tarde|boa noite|"
                    r"hola|buenos días|buenas|bonjour|bonsoir|grüezi|guten tag|hallo|goedemiddag)\b", re.I)

# ================================================================ output
# "CP-58213", "cp58213", "CP 58213", "#CP-58213"
ORDER_REF = re.compile(r"(?i)\bcp[\s#-]*(\d{5})(?!\d)")
# a bare 5-digit counter ("encomenda 58213", "pedido 58177", "commande 58199")
BARE_REF = re.compile(r"(?<![\d.,])(5[6-9]\d{3})(?![\d.,])")
# order numbers that are meant not to exist
UNKNOWN_ORDERS = {"59999"}
# 5-digit numbers in customer lines that are not order numbers (a postcode)
NOT_ORDERS = {"59000"}

def order_refs(m):
    full, bare = casekit.scan(m, ORDER_REF, BARE_REF)
    return ([casekit.Ref(mo.group(0), mo.group(1), None) for mo in full]
            + [casekit.Ref(mo.group(0), mo.group(1), None) for mo in bare if mo.group(1) not in NOT_ORDERS])

def main():
    shop.add_openers(OPENERS, GREETS, every=8)
    shop.write()
    shop.check(order_id=r"CP-\d{5}", shape="CP-58213", counter=lambda oid: oid[3:],
               refs=order_refs, unknown=UNKNOWN_ORDERS,
               named=lambda cu: cu.startswith("u220"), customer_id=r"u22\d{3}", currency={"EUR"})

if __name__ == "__main__":
    main()
