package org.exportalliance.portal.lead.importing;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The lead fields an import column can fill, one contact per row. Each knows the header names (English and Chinese)
 * it is suggested for, and the field name {@code LeadRules} reports its problems under. Labels:
 * {@code lead.import.column.<NAME>}.
 */
public enum LeadColumn {
    COMPANY("companyName", "company", "companyname", "buyer", "buyername", "customer", "customername", "organisation",
            "organization", "firm", "account", "公司", "公司名称", "公司名", "企业", "企业名称", "客户", "客户名称", "买家",
            "买家名称", "单位", "单位名称"),
    COUNTRY("country", "country", "countrycode", "countryregion", "nation", "国家", "国家地区", "国别", "国家或地区"),
    CITY("city", "city", "town", "城市", "所在城市"),
    WEBSITE("website", "website", "web", "url", "homepage", "domain", "webdomain", "网站", "网址", "官网", "主页"),
    CONTACT_NAME("contacts[0].name", "contact", "contactname", "contactperson", "name", "fullname", "person",
            "联系人", "姓名", "联系人姓名"),
    TITLE("contacts[0].title", "title", "jobtitle", "position", "role", "职务", "职位", "头衔"),
    EMAIL("contacts[0].email", "email", "mail", "emailaddress", "邮箱", "电子邮箱", "电子邮件", "邮件", "邮箱地址"),
    PHONE("contacts[0].phone", "phone", "telephone", "tel", "mobile", "phonenumber", "cell", "cellphone", "电话",
            "手机", "联系电话", "电话号码", "手机号", "手机号码"),
    WECHAT("contacts[0].wechat", "wechat", "weixin", "wechatid", "微信", "微信号"),
    WHATSAPP("contacts[0].whatsapp", "whatsapp", "whatsappnumber"),
    CATEGORIES("categories", "categories", "category", "productcategories", "productcategory", "products",
            "productinterest", "interest", "产品类别", "产品", "类别", "意向产品", "产品类型", "机械类别"),
    VALUE("estimatedValue", "value", "estimatedvalue", "amount", "budget", "dealvalue", "金额", "预估金额", "估计金额",
            "预计金额", "意向金额"),
    CURRENCY("currency", "currency", "币种", "货币"),
    SOURCE("source", "source", "leadsource", "来源", "线索来源"),
    NOTES("notes", "notes", "note", "remarks", "remark", "comment", "comments", "备注", "说明");

    private final String field;
    private final Set<String> names;

    LeadColumn(String field, String... names) {
        this.field = field;
        this.names = Set.copyOf(Arrays.asList(names));
    }

    /** The field name problems with this column's value are reported under ({@code contacts[0].email}). */
    public String field() {
        return field;
    }

    public String messageKey() {
        return "lead.import.column." + name();
    }

    /** The column a header names, if it is one of the known names (case, spaces and punctuation aside). */
    public static Optional<LeadColumn> ofHeader(String header) {
        String key = key(header);
        return Arrays.stream(values()).filter(c -> c.names.contains(key)).findFirst();
    }

    /** The column whose value a reported field came from ({@code contacts[0].phone} → PHONE). */
    public static Optional<LeadColumn> ofField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }

    static String key(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}·]+", "");
    }
}
