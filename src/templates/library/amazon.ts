/**
 * Amazon seller → buyer messages, in the marketplace languages. Every body must pass
 * checkAmazonCompliance (no links, contact details, incentives, and never asking the buyer to
 * cancel because of stock): a unit test renders them all and checks.
 * Amazon forbids a buyer's name (no PII), so bodies greet generically and name the order.
 */
import type { MessageTemplate } from '../types';

export const AMAZON_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ja'] as const;

export const AMAZON_TEMPLATES: readonly MessageTemplate[] = [
  {
    id: 'amazon.use-request-cancellation',
    platform: 'amazon',
    audience: 'buyer',
    title: { en: 'How to request cancellation', zh: '告知买家如何申请取消' },
    bodies: {
      en: 'Hello,\n\nThank you for your message about order {orderId}. To cancel it, please go to Your Account → Your Orders, select this order and choose "Request cancellation". Amazon then passes the request to us, and we will confirm it as soon as it arrives.\n\nKind regards,\n{storeName}',
      de: 'Guten Tag,\n\nvielen Dank für Ihre Nachricht zur Bestellung {orderId}. Um sie zu stornieren, öffnen Sie bitte Mein Konto → Meine Bestellungen, wählen diese Bestellung aus und klicken auf „Stornierung anfordern“. Amazon leitet die Anfrage an uns weiter, und wir bestätigen sie, sobald sie eingeht.\n\nMit freundlichen Grüßen\n{storeName}',
      fr: "Bonjour,\n\nMerci pour votre message concernant la commande {orderId}. Pour l'annuler, rendez-vous dans Votre compte → Vos commandes, sélectionnez cette commande et choisissez « Demander l'annulation ». Amazon nous transmet alors la demande, et nous la confirmerons dès sa réception.\n\nCordialement,\n{storeName}",
      es: 'Hola:\n\nGracias por su mensaje sobre el pedido {orderId}. Para cancelarlo, vaya a Mi cuenta → Mis pedidos, seleccione este pedido y elija «Solicitar cancelación». Amazon nos enviará la solicitud y la confirmaremos en cuanto la recibamos.\n\nUn saludo,\n{storeName}',
      it: "Buongiorno,\n\ngrazie per il suo messaggio sull'ordine {orderId}. Per annullarlo, vada in Il mio account → I miei ordini, selezioni questo ordine e scelga «Richiedi l'annullamento». Amazon ci inoltrerà la richiesta e la confermeremo non appena la riceveremo.\n\nCordiali saluti,\n{storeName}",
      ja: 'ご連絡ありがとうございます。\n\nご注文（注文番号：{orderId}）のキャンセルをご希望の場合は、アカウントサービス →「注文履歴」から該当のご注文を選び、「キャンセルをリクエスト」を選択してください。Amazonからリクエストが届き次第、当店にて確認いたします。\n\n{storeName}',
    },
  },
  {
    id: 'amazon.cancel-confirmed-buyer-request',
    platform: 'amazon',
    audience: 'buyer',
    title: { en: 'Cancellation confirmed', zh: '确认已按买家请求取消' },
    bodies: {
      en: 'Hello,\n\nAs you requested, we have canceled order {orderId} placed on {orderDate}. Your payment method has not been charged for this order.\n\nKind regards,\n{storeName}',
      de: 'Guten Tag,\n\nwie gewünscht haben wir Ihre Bestellung {orderId} vom {orderDate} storniert. Ihr Zahlungsmittel wurde für diese Bestellung nicht belastet.\n\nMit freundlichen Grüßen\n{storeName}',
      fr: 'Bonjour,\n\nComme demandé, nous avons annulé votre commande {orderId} du {orderDate}. Votre moyen de paiement n’a pas été débité pour cette commande.\n\nCordialement,\n{storeName}',
      es: 'Hola:\n\nTal como nos pidió, hemos cancelado su pedido {orderId} del {orderDate}. No se ha realizado ningún cargo en su método de pago por este pedido.\n\nUn saludo,\n{storeName}',
      it: "Buongiorno,\n\ncome richiesto, abbiamo annullato il suo ordine {orderId} del {orderDate}. Non è stato effettuato alcun addebito sul suo metodo di pagamento per questo ordine.\n\nCordiali saluti,\n{storeName}",
      ja: 'ご依頼のとおり、{orderDate}のご注文（注文番号：{orderId}）をキャンセルいたしました。このご注文の代金は請求されておりません。\n\n{storeName}',
    },
  },
  {
    id: 'amazon.cancel-request-received',
    platform: 'amazon',
    audience: 'buyer',
    title: { en: 'Cancellation request received', zh: '确认已收到取消请求' },
    bodies: {
      en: 'Hello,\n\nWe have received your cancellation request for order {orderId} and are canceling the order now. You will not be charged for it, and Amazon will confirm the cancellation by email.\n\nKind regards,\n{storeName}',
      de: 'Guten Tag,\n\nwir haben Ihre Stornierungsanfrage für die Bestellung {orderId} erhalten und stornieren die Bestellung jetzt. Ihnen wird nichts berechnet, und Amazon bestätigt die Stornierung per E-Mail.\n\nMit freundlichen Grüßen\n{storeName}',
      fr: "Bonjour,\n\nNous avons bien reçu votre demande d'annulation de la commande {orderId} et nous l'annulons dès maintenant. Aucun montant ne vous sera débité, et Amazon vous confirmera l'annulation par e-mail.\n\nCordialement,\n{storeName}",
      es: 'Hola:\n\nHemos recibido su solicitud de cancelación del pedido {orderId} y lo estamos cancelando ahora. No se le cobrará ningún importe y Amazon le confirmará la cancelación por correo electrónico.\n\nUn saludo,\n{storeName}',
      it: "Buongiorno,\n\nabbiamo ricevuto la sua richiesta di annullamento dell'ordine {orderId} e lo stiamo annullando ora. Non le verrà addebitato alcun importo e Amazon le confermerà l'annullamento via e-mail.\n\nCordiali saluti,\n{storeName}",
      ja: 'ご注文（注文番号：{orderId}）のキャンセルリクエストを承りました。ただいまキャンセル手続きを行っております。代金は請求されず、Amazonからキャンセル完了のメールが届きます。\n\n{storeName}',
    },
  },
  {
    id: 'amazon.pending-awaiting-payment',
    platform: 'amazon',
    audience: 'buyer',
    title: { en: 'Waiting for payment confirmation', zh: '告知订单正等待付款确认' },
    bodies: {
      en: 'Hello,\n\nThank you for your order {orderId}. Amazon is still confirming the payment for it. As soon as the payment is confirmed, we will prepare and ship your order.\n\nKind regards,\n{storeName}',
      de: 'Guten Tag,\n\nvielen Dank für Ihre Bestellung {orderId}. Amazon bestätigt derzeit noch die Zahlung. Sobald die Zahlung bestätigt ist, bereiten wir Ihre Bestellung vor und versenden sie.\n\nMit freundlichen Grüßen\n{storeName}',
      fr: 'Bonjour,\n\nMerci pour votre commande {orderId}. Amazon est encore en train de confirmer le paiement. Dès que le paiement sera confirmé, nous préparerons et expédierons votre commande.\n\nCordialement,\n{storeName}',
      es: 'Hola:\n\nGracias por su pedido {orderId}. Amazon todavía está confirmando el pago. En cuanto se confirme, prepararemos y enviaremos su pedido.\n\nUn saludo,\n{storeName}',
      it: "Buongiorno,\n\ngrazie per il suo ordine {orderId}. Amazon sta ancora confermando il pagamento. Non appena il pagamento sarà confermato, prepareremo e spediremo il suo ordine.\n\nCordiali saluti,\n{storeName}",
      ja: 'ご注文（注文番号：{orderId}）ありがとうございます。現在、Amazonにてお支払いの確認を行っております。確認が完了し次第、商品を準備して発送いたします。\n\n{storeName}',
    },
  },
  {
    id: 'amazon.out-of-stock-apology',
    platform: 'amazon',
    audience: 'buyer',
    title: { en: 'Out of stock: apology', zh: '缺货致歉' },
    bodies: {
      en: 'Hello,\n\nWe are sorry: {item} from order {orderId} is out of stock, so we have canceled the order. You will not be charged for it. We apologize for the inconvenience.\n\nKind regards,\n{storeName}',
      de: 'Guten Tag,\n\nleider ist der Artikel {item} aus Ihrer Bestellung {orderId} nicht mehr vorrätig. Wir haben die Bestellung daher storniert; Ihnen wird nichts berechnet. Wir entschuldigen uns für die Unannehmlichkeiten.\n\nMit freundlichen Grüßen\n{storeName}',
      fr: "Bonjour,\n\nNous sommes désolés : l'article {item} de votre commande {orderId} est en rupture de stock. Nous avons donc annulé la commande, et aucun montant ne vous sera débité. Nous vous présentons nos excuses pour ce désagrément.\n\nCordialement,\n{storeName}",
      es: 'Hola:\n\nLamentamos informarle de que el artículo {item} de su pedido {orderId} está agotado, por lo que hemos cancelado el pedido. No se le cobrará ningún importe. Disculpe las molestias.\n\nUn saludo,\n{storeName}',
      it: "Buongiorno,\n\nci dispiace: l'articolo {item} del suo ordine {orderId} è esaurito, quindi abbiamo annullato l'ordine. Non le verrà addebitato alcun importo. Ci scusiamo per l'inconveniente.\n\nCordiali saluti,\n{storeName}",
      ja: '誠に申し訳ございません。ご注文（注文番号：{orderId}）の{item}が在庫切れとなったため、当店にてご注文をキャンセルいたしました。代金は請求されません。ご迷惑をおかけしましたことを深くお詫び申し上げます。\n\n{storeName}',
    },
  },
  {
    id: 'amazon.pricing-error-notice',
    platform: 'amazon',
    audience: 'buyer',
    title: { en: 'Pricing error: apology', zh: '价格错误致歉' },
    bodies: {
      en: 'Hello,\n\nWe are sorry: because of an error on our side, {item} in your order {orderId} of {orderDate} was listed at an incorrect price, so we have canceled the order. You will not be charged. We apologize for the inconvenience.\n\nKind regards,\n{storeName}',
      de: 'Guten Tag,\n\nleider wurde der Artikel {item} in Ihrer Bestellung {orderId} vom {orderDate} durch einen Fehler unsererseits mit einem falschen Preis angezeigt. Wir haben die Bestellung daher storniert; Ihnen wird nichts berechnet. Wir entschuldigen uns für die Unannehmlichkeiten.\n\nMit freundlichen Grüßen\n{storeName}',
      fr: "Bonjour,\n\nNous sommes désolés : à la suite d'une erreur de notre part, l'article {item} de votre commande {orderId} du {orderDate} était affiché à un prix incorrect. Nous avons donc annulé la commande, et aucun montant ne vous sera débité. Nous vous présentons nos excuses pour ce désagrément.\n\nCordialement,\n{storeName}",
      es: 'Hola:\n\nLamentamos informarle de que, por un error nuestro, el artículo {item} de su pedido {orderId} del {orderDate} se publicó con un precio incorrecto, por lo que hemos cancelado el pedido. No se le cobrará ningún importe. Disculpe las molestias.\n\nUn saludo,\n{storeName}',
      it: "Buongiorno,\n\nci dispiace: per un errore da parte nostra, l'articolo {item} del suo ordine {orderId} del {orderDate} era indicato con un prezzo errato, quindi abbiamo annullato l'ordine. Non le verrà addebitato alcun importo. Ci scusiamo per l'inconveniente.\n\nCordiali saluti,\n{storeName}",
      ja: '誠に申し訳ございません。当店の不手際により、{orderDate}のご注文（注文番号：{orderId}）の{item}が誤った価格で表示されていたため、ご注文をキャンセルいたしました。代金は請求されません。ご迷惑をおかけしましたことを深くお詫び申し上げます。\n\n{storeName}',
    },
  },
  {
    id: 'amazon.address-undeliverable',
    platform: 'amazon',
    audience: 'buyer',
    title: { en: 'Address problem', zh: '地址无法投递' },
    bodies: {
      en: 'Hello,\n\nWe cannot ship order {orderId} yet because the shipping address appears to be incomplete or undeliverable. Please reply to this message to confirm the complete address. If the address cannot be completed by {shipBy}, we will cancel the order and you will not be charged.\n\nKind regards,\n{storeName}',
      de: 'Guten Tag,\n\nwir können die Bestellung {orderId} noch nicht versenden, da die Lieferadresse unvollständig oder nicht zustellbar zu sein scheint. Antworten Sie bitte auf diese Nachricht und bestätigen Sie die vollständige Adresse. Falls die Adresse bis zum {shipBy} nicht vervollständigt werden kann, stornieren wir die Bestellung, und Ihnen wird nichts berechnet.\n\nMit freundlichen Grüßen\n{storeName}',
      fr: "Bonjour,\n\nNous ne pouvons pas encore expédier la commande {orderId}, car l'adresse de livraison semble incomplète ou impossible à desservir. Merci de répondre à ce message en nous confirmant l'adresse complète. Si l'adresse ne peut pas être complétée d'ici le {shipBy}, nous annulerons la commande et aucun montant ne vous sera débité.\n\nCordialement,\n{storeName}",
      es: 'Hola:\n\nTodavía no podemos enviar el pedido {orderId} porque la dirección de envío parece incompleta o no válida para la entrega. Responda a este mensaje para confirmarnos la dirección completa. Si la dirección no puede completarse antes del {shipBy}, cancelaremos el pedido y no se le cobrará ningún importe.\n\nUn saludo,\n{storeName}',
      it: "Buongiorno,\n\nnon possiamo ancora spedire l'ordine {orderId} perché l'indirizzo di spedizione sembra incompleto o non raggiungibile. Risponda a questo messaggio per confermarci l'indirizzo completo. Se l'indirizzo non potrà essere completato entro il {shipBy}, annulleremo l'ordine e non le verrà addebitato alcun importo.\n\nCordiali saluti,\n{storeName}",
      ja: 'ご注文（注文番号：{orderId}）のお届け先住所が不完全、または配達できない住所のため、まだ発送できておりません。このメッセージにご返信いただき、正しい住所をご確認ください。{shipBy}までに住所を確認できない場合は、ご注文をキャンセルいたします。その場合、代金は請求されません。\n\n{storeName}',
    },
  },
  {
    id: 'amazon.already-shipped-refuse-or-return',
    platform: 'amazon',
    audience: 'buyer',
    title: { en: 'Already shipped: refuse or return', zh: '已发货：拒收或退货' },
    bodies: {
      en: 'Hello,\n\nThank you for your message. Order {orderId} has already shipped, so it can no longer be canceled. You can refuse the delivery, or return the item through Your Orders after it arrives. Either way, we will refund you as soon as the parcel is back with us.\n\nKind regards,\n{storeName}',
      de: 'Guten Tag,\n\nvielen Dank für Ihre Nachricht. Die Bestellung {orderId} wurde bereits versandt und kann daher nicht mehr storniert werden. Sie können die Annahme verweigern oder den Artikel nach Erhalt über Meine Bestellungen zurücksenden. In beiden Fällen erstatten wir Ihnen den Betrag, sobald das Paket wieder bei uns ist.\n\nMit freundlichen Grüßen\n{storeName}',
      fr: "Bonjour,\n\nMerci pour votre message. La commande {orderId} a déjà été expédiée et ne peut donc plus être annulée. Vous pouvez refuser le colis à la livraison, ou retourner l'article depuis Vos commandes après sa réception. Dans les deux cas, nous vous rembourserons dès que le colis nous sera revenu.\n\nCordialement,\n{storeName}",
      es: 'Hola:\n\nGracias por su mensaje. El pedido {orderId} ya se ha enviado, por lo que ya no se puede cancelar. Puede rechazar la entrega o devolver el artículo desde Mis pedidos cuando lo reciba. En ambos casos, le reembolsaremos el importe en cuanto el paquete vuelva a nuestras manos.\n\nUn saludo,\n{storeName}',
      it: "Buongiorno,\n\ngrazie per il suo messaggio. L'ordine {orderId} è già stato spedito, quindi non è più possibile annullarlo. Può rifiutare la consegna oppure restituire l'articolo da I miei ordini dopo averlo ricevuto. In entrambi i casi la rimborseremo non appena il pacco tornerà da noi.\n\nCordiali saluti,\n{storeName}",
      ja: 'ご連絡ありがとうございます。ご注文（注文番号：{orderId}）はすでに発送済みのため、キャンセルすることができません。お受け取りを辞退していただくか、商品到着後に「注文履歴」から返品のお手続きをお願いいたします。いずれの場合も、商品が当店に戻り次第、返金いたします。\n\n{storeName}',
    },
  },
  {
    id: 'amazon.pending-contact-amazon',
    platform: 'amazon',
    audience: 'buyer',
    title: { en: 'Pending order: contact Amazon', zh: '待处理订单：请联系亚马逊' },
    bodies: {
      en: 'Hello,\n\nThank you for your message. Order {orderId} is still pending: Amazon has not yet confirmed the payment, so we cannot cancel it from our side. Please contact Amazon customer service, who can cancel it for you.\n\nKind regards,\n{storeName}',
      de: 'Guten Tag,\n\nvielen Dank für Ihre Nachricht. Die Bestellung {orderId} ist noch ausstehend: Amazon hat die Zahlung noch nicht bestätigt, daher können wir sie auf unserer Seite nicht stornieren. Wenden Sie sich dazu an den Amazon-Kundenservice, der dies für Sie übernehmen kann.\n\nMit freundlichen Grüßen\n{storeName}',
      fr: "Bonjour,\n\nMerci pour votre message. La commande {orderId} est encore en attente : Amazon n'a pas encore confirmé le paiement, nous ne pouvons donc pas l'annuler de notre côté. Le service client d'Amazon peut s'en charger pour vous ; n'hésitez pas à le contacter.\n\nCordialement,\n{storeName}",
      es: 'Hola:\n\nGracias por su mensaje. El pedido {orderId} sigue pendiente: Amazon todavía no ha confirmado el pago, así que no podemos cancelarlo desde nuestra parte. El servicio de atención al cliente de Amazon puede hacerlo por usted; le recomendamos contactar con ellos.\n\nUn saludo,\n{storeName}',
      it: "Buongiorno,\n\ngrazie per il suo messaggio. L'ordine {orderId} è ancora in sospeso: Amazon non ha ancora confermato il pagamento, quindi non possiamo annullarlo da parte nostra. Il servizio clienti di Amazon può occuparsene per lei; le consigliamo di contattarlo.\n\nCordiali saluti,\n{storeName}",
      ja: 'ご連絡ありがとうございます。ご注文（注文番号：{orderId}）はAmazonでのお支払い確認が完了していない「保留中」の状態のため、当店側ではキャンセルできません。Amazonカスタマーサービスにご連絡いただければ、キャンセルの対応をしてもらえます。\n\n{storeName}',
    },
  },
  {
    id: 'amazon.fba-contact-amazon',
    platform: 'amazon',
    audience: 'buyer',
    title: { en: 'Fulfilled by Amazon: cancel with Amazon', zh: '亚马逊配送：通过亚马逊取消' },
    bodies: {
      en: 'Hello,\n\nThank you for your message. Order {orderId} is shipped by Amazon from its own warehouse, so Amazon handles its cancellation. While it has not shipped, you can cancel it under Your Account → Your Orders; otherwise, Amazon customer service can help you.\n\nKind regards,\n{storeName}',
      de: 'Guten Tag,\n\nvielen Dank für Ihre Nachricht. Die Bestellung {orderId} wird von Amazon aus dem eigenen Lager versandt, daher kümmert sich Amazon um die Stornierung. Solange sie noch nicht versandt ist, ist eine Stornierung unter Mein Konto → Meine Bestellungen möglich; andernfalls hilft Ihnen der Amazon-Kundenservice weiter.\n\nMit freundlichen Grüßen\n{storeName}',
      fr: "Bonjour,\n\nMerci pour votre message. La commande {orderId} est expédiée par Amazon depuis son propre entrepôt, c'est donc Amazon qui gère son annulation. Tant qu'elle n'est pas expédiée, l'annulation est possible depuis Votre compte → Vos commandes ; sinon, le service client d'Amazon pourra vous aider.\n\nCordialement,\n{storeName}",
      es: 'Hola:\n\nGracias por su mensaje. El pedido {orderId} lo envía Amazon desde su propio almacén, por lo que Amazon se encarga de su cancelación. Mientras no se haya enviado, la cancelación es posible desde Mi cuenta → Mis pedidos; si no, el servicio de atención al cliente de Amazon podrá ayudarle.\n\nUn saludo,\n{storeName}',
      it: "Buongiorno,\n\ngrazie per il suo messaggio. L'ordine {orderId} viene spedito da Amazon dal proprio magazzino, quindi è Amazon a gestirne l'annullamento. Finché non è stato spedito, l'annullamento è possibile da Il mio account → I miei ordini; altrimenti il servizio clienti di Amazon potrà aiutarla.\n\nCordiali saluti,\n{storeName}",
      ja: 'ご連絡ありがとうございます。ご注文（注文番号：{orderId}）はAmazonの倉庫から発送されるため、キャンセルはAmazonが対応いたします。未発送の間はアカウントサービス →「注文履歴」からキャンセルの手続きが可能です。それ以外の場合はAmazonカスタマーサービスがご案内いたします。\n\n{storeName}',
    },
  },
  {
    id: 'amazon.partial-cancel-notice',
    platform: 'amazon',
    audience: 'buyer',
    title: { en: 'Partly shipped, rest canceled', zh: '部分发货，其余取消' },
    bodies: {
      en: 'Hello,\n\nPart of your order {orderId} has shipped. Unfortunately we were unable to ship {item}, so we have canceled that item. You will not be charged for it, or it will be refunded in full if a charge was already made. We apologize for the inconvenience.\n\nKind regards,\n{storeName}',
      de: 'Guten Tag,\n\nein Teil Ihrer Bestellung {orderId} wurde versandt. Leider konnten wir den Artikel {item} nicht versenden und haben ihn daher storniert. Er wird Ihnen nicht berechnet, bzw. vollständig erstattet, falls er bereits belastet wurde. Wir entschuldigen uns für die Unannehmlichkeiten.\n\nMit freundlichen Grüßen\n{storeName}',
      fr: "Bonjour,\n\nUne partie de votre commande {orderId} a été expédiée. Malheureusement, nous n'avons pas pu expédier l'article {item} et l'avons donc annulé. Il ne vous sera pas facturé, ou il vous sera remboursé intégralement s'il a déjà été débité. Nous vous présentons nos excuses pour ce désagrément.\n\nCordialement,\n{storeName}",
      es: 'Hola:\n\nParte de su pedido {orderId} ya se ha enviado. Lamentablemente no hemos podido enviar el artículo {item}, por lo que lo hemos cancelado. No se le cobrará, o se le reembolsará íntegramente si ya se realizó el cargo. Disculpe las molestias.\n\nUn saludo,\n{storeName}',
      it: "Buongiorno,\n\nuna parte del suo ordine {orderId} è stata spedita. Purtroppo non siamo riusciti a spedire l'articolo {item}, quindi lo abbiamo annullato. Non le verrà addebitato, oppure le verrà rimborsato per intero se l'addebito è già stato effettuato. Ci scusiamo per l'inconveniente.\n\nCordiali saluti,\n{storeName}",
      ja: 'ご注文（注文番号：{orderId}）の一部を発送いたしました。誠に申し訳ございませんが、{item}は発送できなかったため、この商品をキャンセルいたしました。代金は請求されません。すでに請求済みの場合は全額返金いたします。ご迷惑をおかけしましたことをお詫び申し上げます。\n\n{storeName}',
    },
  },
  {
    id: 'amazon.refund-confirmation',
    platform: 'amazon',
    audience: 'buyer',
    title: { en: 'Refund issued', zh: '退款已发出' },
    bodies: {
      en: 'Hello,\n\nWe have issued your refund for order {orderId}. Depending on your payment method, it may take a few days to appear in your account.\n\nKind regards,\n{storeName}',
      de: 'Guten Tag,\n\nwir haben die Erstattung für Ihre Bestellung {orderId} veranlasst. Je nach Zahlungsart kann es einige Tage dauern, bis der Betrag auf Ihrem Konto erscheint.\n\nMit freundlichen Grüßen\n{storeName}',
      fr: 'Bonjour,\n\nNous avons effectué le remboursement de votre commande {orderId}. Selon votre moyen de paiement, il peut falloir quelques jours avant qu’il apparaisse sur votre compte.\n\nCordialement,\n{storeName}',
      es: 'Hola:\n\nHemos emitido el reembolso de su pedido {orderId}. Según su método de pago, puede tardar unos días en aparecer en su cuenta.\n\nUn saludo,\n{storeName}',
      it: "Buongiorno,\n\nabbiamo emesso il rimborso per il suo ordine {orderId}. A seconda del metodo di pagamento, potrebbero essere necessari alcuni giorni prima che compaia sul suo conto.\n\nCordiali saluti,\n{storeName}",
      ja: 'ご注文（注文番号：{orderId}）の返金手続きが完了いたしました。お支払い方法によっては、ご返金の反映まで数日かかる場合がございます。\n\n{storeName}',
    },
  },
  {
    id: 'amazon.negative-feedback-follow-up',
    platform: 'amazon',
    audience: 'buyer',
    title: { en: 'Follow up on feedback', zh: '跟进差评' },
    bodies: {
      en: 'Hello,\n\nThank you for your feedback on order {orderId}, which we canceled. We are sorry that it caused you trouble. If anything is still unresolved, please reply to this message and we will do our best to help.\n\nKind regards,\n{storeName}',
      de: 'Guten Tag,\n\nvielen Dank für Ihre Bewertung zur Bestellung {orderId}, die wir storniert haben. Es tut uns leid, dass Ihnen dadurch Unannehmlichkeiten entstanden sind. Falls noch etwas offen ist, antworten Sie gern auf diese Nachricht; wir helfen Ihnen so gut wir können.\n\nMit freundlichen Grüßen\n{storeName}',
      fr: "Bonjour,\n\nMerci pour votre évaluation de la commande {orderId}, que nous avons annulée. Nous sommes désolés des désagréments occasionnés. Si un point reste en suspens, répondez simplement à ce message et nous ferons de notre mieux pour vous aider.\n\nCordialement,\n{storeName}",
      es: 'Hola:\n\nGracias por su valoración del pedido {orderId}, que cancelamos. Lamentamos las molestias que le ha causado. Si aún queda algo pendiente, responda a este mensaje y haremos todo lo posible por ayudarle.\n\nUn saludo,\n{storeName}',
      it: "Buongiorno,\n\ngrazie per la sua valutazione dell'ordine {orderId}, che abbiamo annullato. Ci dispiace per il disagio che le ha causato. Se qualcosa è ancora in sospeso, risponda pure a questo messaggio e faremo il possibile per aiutarla.\n\nCordiali saluti,\n{storeName}",
      ja: 'ご注文（注文番号：{orderId}）について評価をお寄せいただき、ありがとうございます。当店でキャンセルしたご注文によりご迷惑をおかけし、申し訳ございません。まだ解決していない点がございましたら、このメッセージにご返信ください。できる限り対応いたします。\n\n{storeName}',
    },
  },
];
