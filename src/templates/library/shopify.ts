/** Shopify store → customer emails, in English first, then German, French and Spanish. */
import type { MessageTemplate } from '../types';

export const SHOPIFY_TEMPLATES: readonly MessageTemplate[] = [
  {
    id: 'shopify.order-canceled-refunded',
    platform: 'shopify',
    audience: 'customer',
    title: { en: 'Order canceled and refunded', zh: '订单已取消并退款' },
    bodies: {
      en: 'Hi {buyerName},\n\nYour order {orderId} has been canceled, and we have refunded it to your original payment method. Depending on your bank, the refund should appear within {refundDays} business days.\n\nBest regards,\n{storeName}',
      de: 'Hallo {buyerName},\n\nIhre Bestellung {orderId} wurde storniert, und wir haben den Betrag auf Ihr ursprüngliches Zahlungsmittel erstattet. Je nach Bank sollte die Erstattung innerhalb von {refundDays} Werktagen sichtbar sein.\n\nViele Grüße\n{storeName}',
      fr: 'Bonjour {buyerName},\n\nVotre commande {orderId} a été annulée, et nous l’avons remboursée sur votre moyen de paiement d’origine. Selon votre banque, le remboursement devrait apparaître sous {refundDays} jours ouvrés.\n\nCordialement,\n{storeName}',
      es: 'Hola, {buyerName}:\n\nSu pedido {orderId} se ha cancelado y le hemos reembolsado el importe en su método de pago original. Según su banco, el reembolso debería aparecer en un plazo de {refundDays} días hábiles.\n\nUn saludo,\n{storeName}',
    },
  },
  {
    id: 'shopify.order-shipped-refund-on-return',
    platform: 'shopify',
    audience: 'customer',
    title: { en: 'Already shipped: return for refund', zh: '已发货：退货后退款' },
    bodies: {
      en: 'Hi {buyerName},\n\nYour order {orderId} has already shipped, so we can no longer cancel it. Once it arrives, you can send it back to us, and we will refund you as soon as we receive the return. Reply to this email and we will send you the return instructions.\n\nBest regards,\n{storeName}',
      de: 'Hallo {buyerName},\n\nIhre Bestellung {orderId} wurde bereits versandt und kann daher nicht mehr storniert werden. Nach Erhalt können Sie sie an uns zurücksenden; wir erstatten Ihnen den Betrag, sobald die Rücksendung bei uns eingegangen ist. Antworten Sie einfach auf diese E-Mail, dann schicken wir Ihnen die Rücksendeanleitung.\n\nViele Grüße\n{storeName}',
      fr: 'Bonjour {buyerName},\n\nVotre commande {orderId} a déjà été expédiée, nous ne pouvons donc plus l’annuler. Après réception, vous pourrez nous la renvoyer, et nous vous rembourserons dès réception du retour. Répondez simplement à cet e-mail et nous vous enverrons les instructions de retour.\n\nCordialement,\n{storeName}',
      es: 'Hola, {buyerName}:\n\nSu pedido {orderId} ya se ha enviado, por lo que ya no podemos cancelarlo. Cuando lo reciba, puede devolvérnoslo y le reembolsaremos en cuanto recibamos la devolución. Responda a este correo y le enviaremos las instrucciones de devolución.\n\nUn saludo,\n{storeName}',
    },
  },
  {
    id: 'shopify.order-canceled-authorization-voided',
    platform: 'shopify',
    audience: 'customer',
    title: { en: 'Order canceled, nothing charged', zh: '订单已取消，未扣款' },
    bodies: {
      en: 'Hi {buyerName},\n\nYour order {orderId} has been canceled. The payment had only been authorized, not charged, so nothing was taken from your account; your bank releases the hold, which can take a few days depending on the bank.\n\nBest regards,\n{storeName}',
      de: 'Hallo {buyerName},\n\nIhre Bestellung {orderId} wurde storniert. Die Zahlung war nur autorisiert und wurde nicht eingezogen, es wurde Ihnen also nichts abgebucht. Ihre Bank gibt den reservierten Betrag frei; das kann je nach Bank einige Tage dauern.\n\nViele Grüße\n{storeName}',
      fr: "Bonjour {buyerName},\n\nVotre commande {orderId} a été annulée. Le paiement avait seulement été autorisé, sans être encaissé : aucun montant n'a donc été prélevé. Votre banque libère la réservation, ce qui peut prendre quelques jours selon la banque.\n\nCordialement,\n{storeName}",
      es: 'Hola, {buyerName}:\n\nSu pedido {orderId} se ha cancelado. El pago solo estaba autorizado, no cobrado, así que no se le ha cargado nada; su banco liberará la retención, lo que puede tardar unos días según el banco.\n\nUn saludo,\n{storeName}',
    },
  },
];
