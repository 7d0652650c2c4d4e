package org.exportalliance.portal.firm.membership.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.firm.membership.MemberDraft;
import org.exportalliance.portal.firm.membership.MemberRules;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.spreadsheet.CellText;
import org.jspecify.annotations.Nullable;

/**
 * Turns the rows of a member list into register drafts and checks each with {@link MemberRules}, as the form would.
 * What a sheet writes loosely is read loosely: kinds and tiers by code or label in either language (会员, 链主,
 * 服务机构; 核心, 标准, 准会员), an empty kind as a member firm, categories by code or name in either language
 * (separated by 、 , ; or |), dates as 2024-03-01, 2024/3/1, 2024年3月1日 or an Excel date, the admin's language as
 * zh-CN or en (Chinese when empty). A cell that cannot be read (a formula, an unknown kind, a date that is none) is
 * a problem of its own field, which then gets no other.
 */
final class MemberRowReader {

    private static final Pattern CATEGORY_SEPARATORS = Pattern.compile("[、,;|，；\\n]+");
    private static final Map<String, String> LANGUAGES = Map.ofEntries(Map.entry("zhcn", "zh-CN"),
            Map.entry("zh", "zh-CN"), Map.entry("zhhans", "zh-CN"), Map.entry("中文", "zh-CN"),
            Map.entry("简体中文", "zh-CN"), Map.entry("汉语", "zh-CN"), Map.entry("chinese", "zh-CN"),
            Map.entry("en", "en"), Map.entry("enus", "en"), Map.entry("engb", "en"), Map.entry("english", "en"),
            Map.entry("英文", "en"), Map.entry("英语", "en"));
    private static final Map<String, FirmKind> KIND_WORDS = Map.of("会员", FirmKind.MEMBER, "member",
            FirmKind.MEMBER, "链主", FirmKind.CHAIN_LEADER, "服务商", FirmKind.SERVICE_PROVIDER, "协会",
            FirmKind.ASSOCIATION);
    private static final Map<String, String> TIER_WORDS = Map.of("核心", "CORE", "标准", "STANDARD", "标准会员",
            "STANDARD", "普通", "STANDARD", "准会员", "ASSOCIATE", "联系", "ASSOCIATE");

    private final MemberSheet sheet;
    private final Set<String> knownCategories;
    private final Map<String, String> categoriesByName = new HashMap<>();
    private final Map<String, FirmKind> kinds;
    private final Map<String, String> tiers;
    private final LocalDate today;

    /** {@code labels}: a message key's text in every language the portal speaks. */
    MemberRowReader(MemberSheet sheet, Collection<MachineCategory> categories,
            Function<String, List<String>> labels, LocalDate today) {
        this.sheet = sheet;
        this.today = today;
        this.knownCategories = categories.stream().map(MachineCategory::code).collect(Collectors.toSet());
        for (MachineCategory c : categories) {
            categoriesByName.put(CellText.key(c.code()), c.code());
            categoriesByName.putIfAbsent(CellText.key(c.nameZh()), c.code());
            categoriesByName.putIfAbsent(CellText.key(c.nameEn()), c.code());
        }
        this.kinds = words(KIND_WORDS, Arrays.asList(FirmKind.values()), FirmKind::name,
                k -> labels.apply("firm.kind." + k.name()));
        this.tiers = words(TIER_WORDS, MemberRules.TIERS, t -> t, t -> labels.apply("firm.tier." + t));
    }

    MemberRow read(MemberSheet.Row row) {
        Cells cells = new Cells(row);
        String kindText = cells.text(MemberColumn.KIND);
        FirmKind kind = kindText == null ? FirmKind.MEMBER : cells.known(MemberColumn.KIND, kindText, kinds,
                "members.import.kind.unknown");
        String tierText = cells.text(MemberColumn.TIER);
        String tier = tierText == null ? null : cells.known(MemberColumn.TIER, tierText, tiers,
                "members.import.tier.unknown");
        List<String> items = categories(cells.text(MemberColumn.CATEGORIES));
        List<@Nullable String> codes = new ArrayList<>(items.stream()
                .map(i -> categoriesByName.getOrDefault(CellText.key(i), i)).toList());
        LocalDate joinedOn = cells.date(MemberColumn.JOINED_ON);
        MemberDraft draft = new MemberDraft(cells.text(MemberColumn.NAME_ZH), cells.text(MemberColumn.NAME_EN), kind,
                tier, cells.text(MemberColumn.CITY), codes, cells.text(MemberColumn.CREDIT_CODE),
                cells.text(MemberColumn.CONTACT_NAME), cells.text(MemberColumn.CONTACT_PHONE),
                cells.text(MemberColumn.CONTACT_EMAIL), joinedOn);
        String adminEmail = cells.text(MemberColumn.ADMIN_EMAIL);
        String languageText = cells.text(MemberColumn.ADMIN_LANGUAGE);
        String language = languageText == null ? "zh-CN" : cells.known(MemberColumn.ADMIN_LANGUAGE, languageText,
                LANGUAGES, "members.import.language.unknown");

        List<FieldProblem> ruled = new ArrayList<>(MemberRules.check(draft, knownCategories, today, false));
        MemberRules.email(ruled, MemberColumn.ADMIN_EMAIL.field(), adminEmail);
        for (FieldProblem p : ruled) {
            if (!MemberColumn.ofField(p.field()).map(cells.unreadable::contains).orElse(false)) {
                cells.problems.add(new RowProblem(p.field(), p.messageKey(), itemOf(p.field(), items), null));
            }
        }
        cells.problems.sort(Comparator.comparingInt(p -> MemberColumn.ofField(p.field()).map(Enum::ordinal)
                .orElse(Integer.MAX_VALUE)));
        return new MemberRow(row.number(), draft, adminEmail == null ? null : adminEmail.strip(),
                language == null ? "zh-CN" : language, cells.problems);
    }

    /** The cells of one row as text, noting the problems of those that cannot be read. */
    private final class Cells {

        final MemberSheet.Row row;
        final List<RowProblem> problems = new ArrayList<>();
        final Set<MemberColumn> unreadable = new HashSet<>();

        Cells(MemberSheet.Row row) {
            this.row = row;
        }

        /** The cell's text, stripped; null when blank, absent or a formula (a problem). */
        @Nullable String text(MemberColumn column) {
            Integer index = sheet.columns().get(column);
            if (index == null) {
                return null;
            }
            if (row.formulaColumns().contains(index)) {
                if (unreadable.add(column)) {
                    problems.add(RowProblem.of(column.field(), "members.import.formula"));
                }
                return null;
            }
            String text = index < row.cells().size() ? row.cells().get(index).strip() : "";
            return text.isEmpty() ? null : text;
        }

        <T> @Nullable T known(MemberColumn column, String text, Map<String, T> values, String unknownKey) {
            T value = values.get(CellText.key(text));
            if (value == null) {
                unreadable.add(column);
                problems.add(new RowProblem(column.field(), unknownKey, text, null));
            }
            return value;
        }

        @Nullable LocalDate date(MemberColumn column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            LocalDate date = CellText.date(text);
            if (date == null) {
                unreadable.add(column);
                problems.add(new RowProblem(column.field(), "members.import.joined-on.unreadable", text, null));
            }
            return date;
        }
    }

    private static List<String> categories(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(CATEGORY_SEPARATORS.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The category a {@code categories[i]} problem is about, as the sheet wrote it. */
    private static @Nullable String itemOf(String field, List<String> items) {
        if (!field.startsWith("categories[")) {
            return null;
        }
        int i = Integer.parseInt(field.substring("categories[".length(), field.length() - 1));
        return i < items.size() ? items.get(i) : null;
    }

    private static <T> Map<String, T> words(Map<String, T> extra, Collection<T> values, Function<T, String> code,
            Function<T, List<String>> labels) {
        Map<String, T> words = new HashMap<>();
        extra.forEach((word, value) -> words.put(CellText.key(word), value));
        for (T value : values) {
            words.put(CellText.key(code.apply(value)), value);
            labels.apply(value).forEach(label -> words.putIfAbsent(CellText.key(label), value));
        }
        return words;
    }
}
