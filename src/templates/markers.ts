/**
 * What a missing value looks like in each language: a bracketed name the seller sees and
 * replaces before sending, e.g. "[order number]", "[Bestellnummer]", "[订单号]".
 */
import type { Language, Placeholder } from './types';

const NAMES: Record<Placeholder, Record<Language, string>> = {
  orderId: {
    en: 'order number',
    de: 'Bestellnummer',
    fr: 'numéro de commande',
    es: 'número de pedido',
    it: "numero d'ordine",
    ja: '注文番号',
    pt: 'número do pedido',
    ru: 'номер заказа',
    zh: '订单号',
  },
  item: {
    en: 'item',
    de: 'Artikel',
    fr: 'article',
    es: 'artículo',
    it: 'articolo',
    ja: '商品名',
    pt: 'produto',
    ru: 'товар',
    zh: '商品名称',
  },
  orderDate: {
    en: 'order date',
    de: 'Bestelldatum',
    fr: 'date de commande',
    es: 'fecha del pedido',
    it: "data dell'ordine",
    ja: '注文日',
    pt: 'data do pedido',
    ru: 'дата заказа',
    zh: '下单日期',
  },
  shipBy: {
    en: 'ship-by date',
    de: 'Versanddatum',
    fr: "date d'expédition",
    es: 'fecha de envío',
    it: 'data di spedizione',
    ja: '発送期限',
    pt: 'data de envio',
    ru: 'дата отправки',
    zh: '发货期限',
  },
  refundDays: {
    en: 'number of days',
    de: 'Anzahl Tage',
    fr: 'nombre de jours',
    es: 'número de días',
    it: 'numero di giorni',
    ja: '日数',
    pt: 'número de dias',
    ru: 'количество дней',
    zh: '天数',
  },
  trackingNumber: {
    en: 'tracking number',
    de: 'Sendungsnummer',
    fr: 'numéro de suivi',
    es: 'número de seguimiento',
    it: 'numero di tracciamento',
    ja: '追跡番号',
    pt: 'código de rastreamento',
    ru: 'трек-номер',
    zh: '物流单号',
  },
  storeName: {
    en: 'store name',
    de: 'Shopname',
    fr: 'nom de la boutique',
    es: 'nombre de la tienda',
    it: 'nome del negozio',
    ja: 'ストア名',
    pt: 'nome da loja',
    ru: 'название магазина',
    zh: '店铺名称',
  },
  buyerName: {
    en: 'customer name',
    de: 'Name des Kunden',
    fr: 'nom du client',
    es: 'nombre del cliente',
    it: 'nome del cliente',
    ja: 'お客様名',
    pt: 'nome do cliente',
    ru: 'имя покупателя',
    zh: '买家姓名',
  },
};

export const missingMarker = (placeholder: Placeholder, language: Language): string =>
  `[${NAMES[placeholder][language]}]`;
