package org.exportalliance.portal.firm.membership.importing;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.exportalliance.portal.platform.spreadsheet.CellText;

/**
 * The columns of a member list. Each knows the header names it is recognised by (Chinese and English; case, spaces
 * and punctuation aside) and the field its problems are reported under, as {@code MemberRules} and the API name it.
 * Labels (also the template's headers, which are among the names): {@code members.import.column.<NAME>}.
 */
public enum MemberColumn {
    NAME_ZH("nameZh", "中文名称", "企业名称", "企业中文名称", "公司名称", "会员名称", "单位名称", "名称", "namezh",
            "namechinese", "chinesename", "firmnamechinese"),
    NAME_EN("nameEn", "英文名称", "企业英文名称", "公司英文名称", "英文名", "nameen", "nameenglish", "englishname",
            "firmnameenglish"),
    KIND("kind", "类型", "企业类型", "会员类型", "kind", "type", "firmkind"),
    TIER("tier", "会员等级", "等级", "会员级别", "级别", "tier", "membershiptier", "level"),
    CITY("city", "城市", "所在城市", "所在地", "city", "town"),
    CATEGORIES("categories", "机械类别", "类别", "产品类别", "主营产品", "categories", "category", "machinecategories",
            "productcategories"),
    CREDIT_CODE("creditCode", "统一社会信用代码", "社会信用代码", "信用代码", "creditcode", "unifiedsocialcreditcode",
            "uscc"),
    CONTACT_NAME("contactName", "联系人", "联系人姓名", "contactname", "contact", "contactperson"),
    CONTACT_PHONE("contactPhone", "联系电话", "电话", "手机", "联系人电话", "contactphone", "phone", "telephone"),
    CONTACT_EMAIL("contactEmail", "联系邮箱", "邮箱", "电子邮件", "电子邮箱", "联系人邮箱", "contactemail", "email"),
    JOINED_ON("joinedOn", "入会日期", "入会时间", "加入日期", "joinedon", "joined", "joindate", "membersince"),
    ADMIN_EMAIL("adminEmail", "管理员邮箱", "管理员电子邮件", "管理员电子邮箱", "adminemail", "administratoremail"),
    ADMIN_LANGUAGE("adminLanguage", "管理员语言", "邮件语言", "语言", "adminlanguage", "language");

    private final String field;
    private final Set<String> names;

    MemberColumn(String field, String... names) {
        this.field = field;
        this.names = Set.copyOf(Arrays.asList(names));
    }

    /** The field its problems are reported under ({@code creditCode}; categories as {@code categories[2]}). */
    public String field() {
        return field;
    }

    public String messageKey() {
        return "members.import.column." + name();
    }

    /** The column a header names, if it is one of the known names. */
    public static Optional<MemberColumn> ofHeader(String header) {
        String key = CellText.key(header);
        return Arrays.stream(values()).filter(c -> c.names.contains(key)).findFirst();
    }

    /** The column a reported field came from ({@code categories[2]} → CATEGORIES). */
    public static Optional<MemberColumn> ofField(String field) {
        int bracket = field.indexOf('[');
        String base = bracket < 0 ? field : field.substring(0, bracket);
        return Arrays.stream(values()).filter(c -> c.field.equals(base)).findFirst();
    }
}
