/**
 * AliExpress messages in two directions: the store to its buyer (the buyer's language), and a
 * dropshipper, as a buyer, to the supplier (English or Chinese). Wording follows seed 004:
 * a paid order is canceled by a buyer request the seller approves; a "shipped" claim is checked
 * by asking for the tracking number within 5 working days, then a dispute.
 */
import type { MessageTemplate } from '../types';

export const ALIEXPRESS_TEMPLATES: readonly MessageTemplate[] = [
  {
    id: 'aliexpress.seller.accept-cancel',
    platform: 'aliexpress',
    audience: 'buyer',
    title: { en: 'Accept cancellation', zh: '同意买家取消' },
    bodies: {
      en: 'Hello,\n\nWe have received your cancellation request for order {orderId} and accepted it. The order will not be shipped, and AliExpress will return the payment to your original payment method.\n\nBest regards,\n{storeName}',
      es: 'Hola:\n\nHemos recibido su solicitud de cancelación del pedido {orderId} y la hemos aceptado. El pedido no se enviará y AliExpress le devolverá el pago a su método de pago original.\n\nUn saludo,\n{storeName}',
      fr: "Bonjour,\n\nNous avons bien reçu votre demande d'annulation de la commande {orderId} et l'avons acceptée. La commande ne sera pas expédiée, et AliExpress vous remboursera sur votre moyen de paiement d'origine.\n\nCordialement,\n{storeName}",
      pt: 'Olá,\n\nRecebemos a sua solicitação de cancelamento do pedido {orderId} e a aceitamos. O pedido não será enviado, e o AliExpress vai devolver o pagamento para a sua forma de pagamento original.\n\nAtenciosamente,\n{storeName}',
      ru: 'Здравствуйте!\n\nМы получили ваш запрос на отмену заказа {orderId} и приняли его. Заказ не будет отправлен, а AliExpress вернёт оплату на исходный способ оплаты.\n\nС уважением,\n{storeName}',
    },
  },
  {
    id: 'aliexpress.seller.reject-cancel-shipped',
    platform: 'aliexpress',
    audience: 'buyer',
    title: { en: 'Decline cancellation: already shipped', zh: '已发货，拒绝取消' },
    bodies: {
      en: 'Hello,\n\nThank you for your message. Order {orderId} has already been shipped, so we cannot accept the cancellation. The tracking number is {trackingNumber}; you can follow the parcel on the order page. If there is any problem when it arrives, please contact us and we will help.\n\nBest regards,\n{storeName}',
      es: 'Hola:\n\nGracias por su mensaje. El pedido {orderId} ya se ha enviado, por lo que no podemos aceptar la cancelación. El número de seguimiento es {trackingNumber}; puede seguir el paquete en la página del pedido. Si hay algún problema cuando llegue, contáctenos y le ayudaremos.\n\nUn saludo,\n{storeName}',
      fr: "Bonjour,\n\nMerci pour votre message. La commande {orderId} a déjà été expédiée, nous ne pouvons donc pas accepter l'annulation. Le numéro de suivi est {trackingNumber} ; vous pouvez suivre le colis sur la page de la commande. En cas de problème à la réception, contactez-nous et nous vous aiderons.\n\nCordialement,\n{storeName}",
      pt: 'Olá,\n\nObrigado pela sua mensagem. O pedido {orderId} já foi enviado, por isso não podemos aceitar o cancelamento. O código de rastreamento é {trackingNumber}; você pode acompanhar o pacote na página do pedido. Se houver algum problema quando ele chegar, fale com a gente que vamos ajudar.\n\nAtenciosamente,\n{storeName}',
      ru: 'Здравствуйте!\n\nСпасибо за сообщение. Заказ {orderId} уже отправлен, поэтому мы не можем принять отмену. Трек-номер: {trackingNumber}; отслеживать посылку можно на странице заказа. Если при получении возникнут проблемы, напишите нам, и мы поможем.\n\nС уважением,\n{storeName}',
    },
  },
  {
    id: 'aliexpress.seller.ask-buyer-to-cancel-agreed',
    platform: 'aliexpress',
    audience: 'buyer',
    title: { en: 'Agreed cancellation: how to submit', zh: '已协商取消：请买家提交申请' },
    bodies: {
      en: 'Hello,\n\nAs agreed, we will cancel order {orderId}. Please open the order, click "Cancel order" and submit the cancellation request; we will approve it right away. When asked for a reason, please choose the one that truly applies.\n\nBest regards,\n{storeName}',
      es: 'Hola:\n\nTal como acordamos, cancelaremos el pedido {orderId}. Abra el pedido, haga clic en «Cancelar pedido» y envíe la solicitud de cancelación; la aprobaremos enseguida. Cuando se le pida un motivo, elija el que realmente corresponda.\n\nUn saludo,\n{storeName}',
      fr: "Bonjour,\n\nComme convenu, nous allons annuler la commande {orderId}. Ouvrez la commande, cliquez sur « Annuler la commande » et envoyez la demande d'annulation ; nous l'accepterons aussitôt. Lorsqu'un motif vous est demandé, choisissez celui qui correspond réellement à votre situation.\n\nCordialement,\n{storeName}",
      pt: 'Olá,\n\nConforme combinado, vamos cancelar o pedido {orderId}. Abra o pedido, clique em “Cancelar pedido” e envie a solicitação de cancelamento; vamos aprová-la na hora. Quando for pedido um motivo, escolha o que realmente se aplica.\n\nAtenciosamente,\n{storeName}',
      ru: 'Здравствуйте!\n\nКак договорились, мы отменим заказ {orderId}. Откройте заказ, нажмите «Отменить заказ» и отправьте запрос на отмену — мы сразу его одобрим. Когда система попросит указать причину, выберите ту, которая действительно подходит.\n\nС уважением,\n{storeName}',
    },
  },
  {
    id: 'aliexpress.seller.do-not-ship-unpaid',
    platform: 'aliexpress',
    audience: 'buyer',
    title: { en: 'Unpaid order: payment reminder', zh: '未付款订单：付款提醒' },
    bodies: {
      en: 'Hello,\n\nThank you for order {orderId}. The payment has not been completed or is still being verified by AliExpress, so we will ship as soon as it is confirmed. If you no longer need the order, there is nothing to do: an unpaid order closes automatically.\n\nBest regards,\n{storeName}',
      es: 'Hola:\n\nGracias por su pedido {orderId}. El pago aún no se ha completado o AliExpress todavía lo está verificando, así que lo enviaremos en cuanto se confirme. Si ya no necesita el pedido, no tiene que hacer nada: un pedido sin pagar se cierra automáticamente.\n\nUn saludo,\n{storeName}',
      fr: "Bonjour,\n\nMerci pour votre commande {orderId}. Le paiement n'est pas encore finalisé ou est encore en cours de vérification par AliExpress ; nous expédierons dès sa confirmation. Si vous n'avez plus besoin de la commande, vous n'avez rien à faire : une commande non payée se ferme automatiquement.\n\nCordialement,\n{storeName}",
      pt: 'Olá,\n\nObrigado pelo pedido {orderId}. O pagamento ainda não foi concluído ou ainda está sendo verificado pelo AliExpress; vamos enviar assim que ele for confirmado. Se você não precisar mais do pedido, não precisa fazer nada: um pedido não pago é encerrado automaticamente.\n\nAtenciosamente,\n{storeName}',
      ru: 'Здравствуйте!\n\nСпасибо за заказ {orderId}. Оплата ещё не завершена или пока проверяется AliExpress, поэтому мы отправим заказ сразу после её подтверждения. Если заказ больше не нужен, ничего делать не требуется: неоплаченный заказ закроется автоматически.\n\nС уважением,\n{storeName}',
    },
  },
  {
    id: 'aliexpress.seller.dispute-response',
    platform: 'aliexpress',
    audience: 'buyer',
    title: { en: 'Dispute: factual response', zh: '纠纷：据实回复' },
    bodies: {
      en: 'Hello,\n\nWe are sorry about the problem with order {orderId}. According to our records, the parcel was shipped with tracking number {trackingNumber}, and we have added the shipping evidence to the dispute. We would like to resolve this with you: please tell us what happened, and we will propose a solution.\n\nBest regards,\n{storeName}',
      es: 'Hola:\n\nLamentamos el problema con el pedido {orderId}. Según nuestros registros, el paquete se envió con el número de seguimiento {trackingNumber} y hemos añadido la prueba de envío a la disputa. Queremos resolverlo con usted: cuéntenos qué ha ocurrido y le propondremos una solución.\n\nUn saludo,\n{storeName}',
      fr: "Bonjour,\n\nNous sommes désolés du problème rencontré avec la commande {orderId}. D'après nos informations, le colis a été expédié avec le numéro de suivi {trackingNumber}, et nous avons joint la preuve d'expédition au litige. Nous souhaitons trouver une solution avec vous : expliquez-nous ce qui s'est passé et nous vous ferons une proposition.\n\nCordialement,\n{storeName}",
      pt: 'Olá,\n\nLamentamos o problema com o pedido {orderId}. Segundo os nossos registros, o pacote foi enviado com o código de rastreamento {trackingNumber}, e anexamos o comprovante de envio à disputa. Queremos resolver isso com você: conte o que aconteceu e vamos propor uma solução.\n\nAtenciosamente,\n{storeName}',
      ru: 'Здравствуйте!\n\nНам жаль, что с заказом {orderId} возникла проблема. По нашим данным, посылка отправлена с трек-номером {trackingNumber}; подтверждение отправки мы приложили к спору. Мы хотим решить вопрос вместе с вами: расскажите, что произошло, и мы предложим решение.\n\nС уважением,\n{storeName}',
    },
  },
  {
    id: 'aliexpress.seller.unpaid-closed',
    platform: 'aliexpress',
    audience: 'buyer',
    title: { en: 'Unpaid order closed: notice', zh: '未付款订单已关闭：通知买家' },
    bodies: {
      en: 'Hello,\n\nOrder {orderId} was not paid within the payment time, so AliExpress has closed it automatically. Nothing was charged. If you still want the item, you are welcome to place a new order.\n\nBest regards,\n{storeName}',
      es: 'Hola:\n\nEl pedido {orderId} no se pagó dentro del plazo de pago, por lo que AliExpress lo ha cerrado automáticamente. No se ha realizado ningún cargo. Si aún desea el artículo, puede hacer un nuevo pedido cuando quiera.\n\nUn saludo,\n{storeName}',
      fr: "Bonjour,\n\nLa commande {orderId} n'a pas été payée dans le délai de paiement ; AliExpress l'a donc fermée automatiquement. Aucun montant n'a été débité. Si vous souhaitez toujours l'article, n'hésitez pas à passer une nouvelle commande.\n\nCordialement,\n{storeName}",
      pt: 'Olá,\n\nO pedido {orderId} não foi pago dentro do prazo, por isso o AliExpress o encerrou automaticamente. Nenhum valor foi cobrado. Se ainda quiser o produto, você pode fazer um novo pedido quando quiser.\n\nAtenciosamente,\n{storeName}',
      ru: 'Здравствуйте!\n\nЗаказ {orderId} не был оплачен вовремя, поэтому AliExpress автоматически закрыл его. Деньги не списывались. Если товар вам всё ещё нужен, вы можете оформить новый заказ.\n\nС уважением,\n{storeName}',
    },
  },
  {
    id: 'aliexpress.seller.cancel-completed-refund',
    platform: 'aliexpress',
    audience: 'buyer',
    title: { en: 'Cancellation done: refund on its way', zh: '已取消：退款将由速卖通退回' },
    bodies: {
      en: 'Hello,\n\nThe cancellation of order {orderId} has gone through. The order will not be shipped, and AliExpress is returning your payment to your original payment method; depending on your bank, it may take a few days to appear. We are sorry for any inconvenience.\n\nBest regards,\n{storeName}',
      es: 'Hola:\n\nLa cancelación del pedido {orderId} se ha completado. El pedido no se enviará y AliExpress le está devolviendo el pago a su método de pago original; según su banco, puede tardar unos días en aparecer. Disculpe las molestias.\n\nUn saludo,\n{storeName}',
      fr: "Bonjour,\n\nL'annulation de la commande {orderId} est effective. La commande ne sera pas expédiée, et AliExpress vous rembourse sur votre moyen de paiement d'origine ; selon votre banque, le remboursement peut mettre quelques jours à apparaître. Veuillez nous excuser pour ce désagrément.\n\nCordialement,\n{storeName}",
      pt: 'Olá,\n\nO cancelamento do pedido {orderId} foi concluído. O pedido não será enviado, e o AliExpress está devolvendo o pagamento para a sua forma de pagamento original; dependendo do seu banco, pode levar alguns dias para aparecer. Pedimos desculpas pelo transtorno.\n\nAtenciosamente,\n{storeName}',
      ru: 'Здравствуйте!\n\nЗаказ {orderId} отменён. Он не будет отправлен, а AliExpress вернёт оплату на исходный способ оплаты; в зависимости от банка деньги могут поступить через несколько дней. Приносим извинения за неудобства.\n\nС уважением,\n{storeName}',
    },
  },
  {
    id: 'aliexpress.seller.order-on-hold',
    platform: 'aliexpress',
    audience: 'buyer',
    title: { en: 'Order on hold by AliExpress: notice', zh: '订单被平台冻结：通知买家' },
    bodies: {
      en: 'Hello,\n\nOrder {orderId} has been put on hold by AliExpress, so we cannot ship or change it until AliExpress releases it. We will let you know as soon as the order can move forward. Thank you for your patience.\n\nBest regards,\n{storeName}',
      es: 'Hola:\n\nAliExpress ha puesto en espera el pedido {orderId}, por lo que no podemos enviarlo ni modificarlo hasta que AliExpress lo libere. Le avisaremos en cuanto el pedido pueda seguir adelante. Gracias por su paciencia.\n\nUn saludo,\n{storeName}',
      fr: "Bonjour,\n\nAliExpress a mis la commande {orderId} en attente : nous ne pouvons ni l'expédier ni la modifier tant qu'AliExpress ne l'a pas débloquée. Nous vous tiendrons informé dès que la commande pourra avancer. Merci de votre patience.\n\nCordialement,\n{storeName}",
      pt: 'Olá,\n\nO AliExpress colocou o pedido {orderId} em espera, por isso não podemos enviá-lo nem alterá-lo até que o AliExpress o libere. Avisaremos assim que o pedido puder seguir. Obrigado pela paciência.\n\nAtenciosamente,\n{storeName}',
      ru: 'Здравствуйте!\n\nAliExpress временно приостановил заказ {orderId}, поэтому мы не можем отправить или изменить его, пока AliExpress его не разблокирует. Мы сообщим вам, как только заказ можно будет продолжить. Спасибо за терпение.\n\nС уважением,\n{storeName}',
    },
  },
  {
    id: 'aliexpress.seller.completed-after-sale',
    platform: 'aliexpress',
    audience: 'buyer',
    title: { en: 'Completed: cannot cancel, offer help', zh: '交易已完成：无法取消，提供售后帮助' },
    bodies: {
      en: 'Hello,\n\nThank you for your message. Order {orderId} is already completed, so it can no longer be canceled. If something is wrong with the item, please tell us what happened, with a photo if possible, and we will find a solution with you.\n\nBest regards,\n{storeName}',
      es: 'Hola:\n\nGracias por su mensaje. El pedido {orderId} ya está completado, por lo que ya no se puede cancelar. Si hay algún problema con el artículo, cuéntenos qué ha ocurrido, con una foto si es posible, y buscaremos una solución con usted.\n\nUn saludo,\n{storeName}',
      fr: "Bonjour,\n\nMerci pour votre message. La commande {orderId} est déjà terminée, elle ne peut donc plus être annulée. Si l'article présente un problème, expliquez-nous ce qui se passe, avec une photo si possible, et nous trouverons une solution avec vous.\n\nCordialement,\n{storeName}",
      pt: 'Olá,\n\nObrigado pela sua mensagem. O pedido {orderId} já foi concluído, por isso não pode mais ser cancelado. Se houver algum problema com o produto, conte para a gente o que aconteceu, com uma foto se possível, e vamos encontrar uma solução juntos.\n\nAtenciosamente,\n{storeName}',
      ru: 'Здравствуйте!\n\nСпасибо за сообщение. Заказ {orderId} уже завершён, поэтому отменить его нельзя. Если с товаром что-то не так, расскажите, что случилось (по возможности приложите фото), и мы вместе найдём решение.\n\nС уважением,\n{storeName}',
    },
  },
  {
    id: 'aliexpress.buyer.request-cancel-supplier',
    platform: 'aliexpress',
    audience: 'supplier',
    title: { en: 'Ask supplier to approve cancellation', zh: '请供应商同意取消' },
    bodies: {
      en: 'Hello,\n\nI have submitted a cancellation request for order {orderId}. Please do not ship this order, and approve the request. Thank you!',
      zh: '您好，\n\n我已为订单 {orderId} 提交了取消申请。请不要发货，并同意该取消申请。谢谢！',
    },
  },
  {
    id: 'aliexpress.buyer.ask-tracking-number',
    platform: 'aliexpress',
    audience: 'supplier',
    title: { en: 'Ask for the tracking number', zh: '索要物流单号' },
    bodies: {
      en: 'Hello,\n\nYou said that order {orderId} has already been shipped. Please send me its tracking number within 5 working days so I can follow the parcel. Thank you.',
      zh: '您好，\n\n您说订单 {orderId} 已经发货，请在 5 个工作日内把物流单号发给我，方便我跟踪包裹。谢谢。',
    },
  },
  {
    id: 'aliexpress.buyer.dispute-notice',
    platform: 'aliexpress',
    audience: 'supplier',
    title: { en: 'No tracking number: dispute notice', zh: '无物流单号：告知将开纠纷' },
    bodies: {
      en: 'Hello,\n\nI still have not received a tracking number for order {orderId}. If I do not receive a valid tracking number, I will open a dispute and ask AliExpress to review the order.',
      zh: '您好，\n\n订单 {orderId} 我至今仍未收到物流单号。如果仍收不到有效的物流单号，我将提起纠纷，请速卖通平台介入处理。',
    },
  },
  {
    id: 'aliexpress.buyer.payment-review-hold',
    platform: 'aliexpress',
    audience: 'supplier',
    title: { en: 'Payment not confirmed: please do not ship yet', zh: '付款未确认：请暂缓发货' },
    bodies: {
      en: 'Hello,\n\nThe payment for order {orderId} is not confirmed yet: AliExpress is still processing or verifying it. Please do not prepare or ship this order yet, because I may cancel it. I will let you know as soon as I decide. Thank you!',
      zh: '您好，\n\n订单 {orderId} 的付款尚未确认，速卖通还在处理或审核中。请先不要备货发货，我可能会取消这个订单，确定后会第一时间告诉您。谢谢！',
    },
  },
  {
    id: 'aliexpress.buyer.dispute-opened',
    platform: 'aliexpress',
    audience: 'supplier',
    title: { en: 'Dispute opened: evidence attached', zh: '已提起纠纷：证据已提交' },
    bodies: {
      en: 'Hello,\n\nI have opened a dispute for order {orderId} and attached my evidence to it. I would still prefer to settle this with you: please answer the dispute on AliExpress with your proposal. Thank you.',
      zh: '您好，\n\n我已就订单 {orderId} 提起纠纷，并在纠纷中提交了相关证据。我仍然希望与您协商解决，请在速卖通纠纷页面回复您的处理方案。谢谢。',
    },
  },
  {
    id: 'aliexpress.seller.order-closed-notice',
    platform: 'aliexpress',
    audience: 'buyer',
    title: { en: 'Order closed: notice', zh: '订单已关闭：通知买家' },
    bodies: {
      en: 'Hello,\n\nOrder {orderId} has been closed, so it will not be shipped. If any payment was taken for it, AliExpress returns it to your original payment method automatically.\n\nBest regards,\n{storeName}',
      es: 'Hola:\n\nEl pedido {orderId} se ha cerrado, por lo que no se enviará. Si se llegó a cobrar algún importe, AliExpress lo devuelve automáticamente a su método de pago original.\n\nUn saludo,\n{storeName}',
      fr: "Bonjour,\n\nLa commande {orderId} a été clôturée : elle ne sera donc pas expédiée. Si un paiement a été prélevé, AliExpress vous le rembourse automatiquement sur votre moyen de paiement d'origine.\n\nCordialement,\n{storeName}",
      pt: 'Olá,\n\nO pedido {orderId} foi encerrado, por isso não será enviado. Se algum valor tiver sido cobrado, o AliExpress o devolve automaticamente para a sua forma de pagamento original.\n\nAtenciosamente,\n{storeName}',
      ru: 'Здравствуйте!\n\nЗаказ {orderId} закрыт, поэтому он не будет отправлен. Если оплата была списана, AliExpress автоматически вернёт её на исходный способ оплаты.\n\nС уважением,\n{storeName}',
    },
  },
  {
    id: 'aliexpress.seller.closed-refunded-apology',
    platform: 'aliexpress',
    audience: 'buyer',
    title: { en: 'Closed in your favor: apology and refund', zh: '订单关闭并退款：致歉' },
    bodies: {
      en: 'Hello,\n\nWe are sorry: we could not complete order {orderId}, and it has been closed. AliExpress is returning your full payment to your original payment method. We apologize for the inconvenience.\n\nBest regards,\n{storeName}',
      es: 'Hola:\n\nLo sentimos: no hemos podido completar el pedido {orderId} y se ha cerrado. AliExpress le devolverá el pago completo a su método de pago original. Disculpe las molestias.\n\nUn saludo,\n{storeName}',
      fr: "Bonjour,\n\nNous sommes désolés : nous n'avons pas pu mener à bien la commande {orderId}, qui a été clôturée. AliExpress vous rembourse l'intégralité du paiement sur votre moyen de paiement d'origine. Veuillez nous excuser pour ce désagrément.\n\nCordialement,\n{storeName}",
      pt: 'Olá,\n\nLamentamos: não conseguimos concluir o pedido {orderId}, e ele foi encerrado. O AliExpress está devolvendo o valor total para a sua forma de pagamento original. Pedimos desculpas pelo transtorno.\n\nAtenciosamente,\n{storeName}',
      ru: 'Здравствуйте!\n\nК сожалению, мы не смогли выполнить заказ {orderId}, и он был закрыт. AliExpress вернёт вам полную сумму на исходный способ оплаты. Приносим извинения за неудобства.\n\nС уважением,\n{storeName}',
    },
  },
  {
    id: 'aliexpress.buyer.reorder-after-unpaid-close',
    platform: 'aliexpress',
    audience: 'supplier',
    title: { en: 'Unpaid order closed: ordering again', zh: '未付款订单已关闭：重新下单' },
    bodies: {
      en: 'Hello, my order {orderId} closed before the payment went through, so nothing was paid on it. I am placing the order again; please ship the new order instead. Thank you!',
      zh: '您好，我的订单 {orderId} 在付款完成前已关闭，这笔订单没有付款。我会重新下单，请按新订单发货。谢谢！',
    },
  },
];
