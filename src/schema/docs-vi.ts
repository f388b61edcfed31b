/**
 * The schema's descriptions in Vietnamese, for the SQL console's table list on Vietnamese pages: one
 * entry per table (`table`) and per column (`table.column`) of tables.ts, whose `doc` strings are the
 * English text (also written to data/README.md). A test keeps the two in step: a new column needs its
 * Vietnamese line here.
 */
import { TABLES, type TableName } from './tables.ts';

export const DOCS_VI: Readonly<Record<string, string>> = {
  indices: 'Các bảng xếp hạng: cơ quan công bố và cấp đơn vị được xếp hạng.',
  'indices.index_id': 'Mã ổn định, ví dụ "vn-provinces", "sample-departments".',
  'indices.name_vi': 'Tên tiếng Việt.',
  'indices.name_en': 'Tên tiếng Anh.',
  'indices.publisher_vi': 'Cơ quan phê duyệt và công bố (tiếng Việt).',
  'indices.publisher_en': 'Cơ quan phê duyệt và công bố (tiếng Anh).',
  'indices.unit_level': 'Cấp của các đơn vị được xếp hạng (xem UNIT_LEVELS); cấp xã gồm cả phường và đặc khu.',
  'indices.scope_unit_id': 'Với chỉ số nội bộ của một tỉnh: tỉnh đó; NULL với chỉ số toàn quốc.',
  'indices.is_sample': 'TRUE với tỉnh mẫu minh họa: không bao giờ là kết quả thật.',
  'indices.sort_order': 'Thứ tự trong menu.',

  index_years: 'Mỗi dòng một chỉ số và một năm: quyết định phê duyệt, nguồn và bộ tiêu chí áp dụng.',
  'index_years.index_id': 'Chỉ số.',
  'index_years.year': 'Năm đánh giá (kết quả được phê duyệt vào mùa xuân năm sau).',
  'index_years.framework_id': 'Bộ tiêu chí (cây các mục) áp dụng năm đó.',
  'index_years.decision_vi': 'Văn bản phê duyệt kết quả, ví dụ "Quyết định 268/QĐ-BNV, 28/3/2025".',
  'index_years.source_url': 'Trang duy nhất nơi đọc quyết định hoặc thông báo.',
  'index_years.units_ranked': 'Số đơn vị trong bảng xếp hạng chính thức (ví dụ 63), dù ở đây có công bố đủ hay không.',
  'index_years.units_in_data': 'Số đơn vị có tổng điểm hoặc thứ hạng trong dữ liệu này (tính toán).',
  'index_years.is_partial': 'TRUE khi dữ liệu có ít đơn vị hơn số được xếp hạng (tính toán).',

  grade_thresholds: 'Các nhóm xếp loại nơi đã được công bố: điểm thấp nhất của nhóm A, B và C (dưới C là D).',
  'grade_thresholds.index_id': 'Chỉ số.',
  'grade_thresholds.year': 'Năm đánh giá; năm không có dòng nào là năm không công bố nhóm.',
  'grade_thresholds.item_code': 'Mục được xếp nhóm, thường là TOTAL.',
  'grade_thresholds.a_min_pct': 'Tỷ lệ phần trăm điểm tối đa thấp nhất của nhóm A.',
  'grade_thresholds.b_min_pct': 'Tỷ lệ thấp nhất của nhóm B (dưới A).',
  'grade_thresholds.c_min_pct': 'Tỷ lệ thấp nhất của nhóm C (dưới B); thấp hơn là D.',
  'grade_thresholds.source': 'Nơi đọc các ngưỡng.',

  units: 'Mọi đơn vị từng được xếp hạng, với cấp, đơn vị cấp trên và những năm tồn tại.',
  'units.unit_id': 'Mã ổn định; đơn vị hình thành do hợp nhất có mã mới.',
  'units.name_vi': 'Tên tiếng Việt (Unicode NFC).',
  'units.name_en': 'Tên tiếng Anh nếu có.',
  'units.level': 'Một trong UNIT_LEVELS.',
  'units.parent_id': 'Đơn vị mà nó trực thuộc (tỉnh của một sở, huyện của một xã).',
  'units.valid_from': 'Năm đánh giá đầu tiên đơn vị tồn tại; NULL khi có trước dữ liệu.',
  'units.valid_to': 'Năm đánh giá cuối cùng đơn vị tồn tại; NULL khi vẫn còn tồn tại.',
  'units.aliases': 'Các tên như nguồn ghi, được quy về đơn vị này.',
  'units.is_sample': 'TRUE với đơn vị của tỉnh mẫu minh họa.',

  lineage: 'Sáp nhập và đổi tên: đơn vị nào trở thành đơn vị nào. Chuỗi số liệu không bao giờ được nối qua một quan hệ kế thừa.',
  'lineage.from_unit_id': 'Đơn vị trước.',
  'lineage.to_unit_id': 'Đơn vị kế thừa.',
  'lineage.effective_date': 'Ngày có hiệu lực, ví dụ 2025-07-01.',
  'lineage.event': 'merge (hợp nhất) | rename (đổi tên) | split (chia tách) | absorb (sáp nhập vào).',
  'lineage.source_vi': 'Căn cứ pháp lý, ví dụ "Nghị quyết 202/2025/QH15".',

  framework_items: 'Cây của từng bộ tiêu chí: tổng → lĩnh vực → tiêu chí → tiêu chí thành phần, cùng các thành phần theo nguồn điểm.',
  'framework_items.framework_id': 'Bộ tiêu chí, ví dụ "vn-provinces-2022".',
  'framework_items.item_code': 'Mã, duy nhất trong bộ tiêu chí: "TOTAL", "D3", "D3.2", "D3.2.1", "C-SIPAS".',
  'framework_items.parent_code': 'Mục cấp trên; NULL với TOTAL.',
  'framework_items.item_level': 'Một trong ITEM_LEVELS.',
  'framework_items.name_vi': 'Tên tiếng Việt.',
  'framework_items.name_en': 'Tên tiếng Anh.',
  'framework_items.max_points': 'Điểm tối đa; NULL khi không tìm thấy phương pháp.',
  'framework_items.kind': 'Một trong ITEM_KINDS: cách đạt điểm.',
  'framework_items.domain_code': 'Lĩnh vực chứa mục (chính nó nếu là lĩnh vực); NULL với TOTAL và các thành phần.',
  'framework_items.sort_order': 'Thứ tự trong mục cấp trên.',

  scores: 'Mỗi dòng một chỉ số, năm, đơn vị và mục, với mọi bước chấm điểm. Thiếu là NULL, không bao giờ là 0.',
  'scores.index_id': 'Chỉ số.',
  'scores.year': 'Năm đánh giá.',
  'scores.unit_id': 'Đơn vị.',
  'scores.item_code': 'Mục của bộ tiêu chí năm đó.',
  'scores.item_level': 'Chép từ bộ tiêu chí để lọc cho tiện.',
  'scores.domain_code': 'Chép từ bộ tiêu chí.',
  'scores.applicable': 'FALSE khi mục không áp dụng cho đơn vị; khi đó mục không tính vào điểm tối đa.',
  'scores.max_points': 'Điểm tối đa áp dụng cho đơn vị ở mục này.',
  'scores.self_score': 'Điểm tự chấm.',
  'scores.appraisal_r1': 'Điểm thẩm định lần 1 của Hội đồng thẩm định.',
  'scores.proposed_score':
    'Điểm đơn vị đề nghị trong giải trình vòng 2 (điểm đề nghị điều chỉnh); NULL khi không đề nghị hoặc không giải trình.',
  'scores.appraisal_final': 'Điểm thẩm định cuối cùng (sau giải trình, lần 2); NULL với mục điều tra xã hội học.',
  'scores.final_score': 'Điểm được tính (điểm thẩm định cuối cùng, hoặc kết quả điều tra).',
  'scores.lost_points': 'max_points − final_score, khi biết cả hai.',
  'scores.pct_of_max': 'final_score tính theo phần trăm của max_points, hoặc như đã công bố.',
  'scores.reason_vi': 'Lý do trừ điểm của Hội đồng thẩm định.',
  'scores.explanation_vi': 'Giải trình của đơn vị ở lần 2.',
  'scores.reason_category':
    'Loại lý do trừ điểm (reason_categories.category_id), do bước dựng dữ liệu gán từ lý do; NULL khi không có lý do.',
  'scores.published_rank': 'Thứ hạng như đã công bố.',
  'scores.published_rank_of': 'Số đơn vị trong bảng xếp hạng đã công bố.',
  'scores.computed_rank': 'Thứ hạng theo pct_of_max giữa các đơn vị có điểm trong dữ liệu này (bằng điểm thì cùng hạng).',
  'scores.computed_rank_of': 'Số đơn vị được xếp theo computed_rank.',
  'scores.source_urls': 'Các trang đã đọc số liệu, theo thứ tự của nguồn (với một tổng: các trang của các phần); [] nếu không có.',
  'scores.source_file': 'Tệp gốc (trong data/) của dòng này.',
  'scores.is_sample': 'TRUE với tỉnh mẫu minh họa.',

  aggregates: 'Số liệu toàn quốc và vùng đã công bố (điểm trung bình, số đơn vị theo nhóm) mà không dòng đơn vị nào mang.',
  'aggregates.year': 'Năm đánh giá.',
  'aggregates.scope': '"provinces", "ministries", "region:<tên>", "provinces:domain".',
  'aggregates.metric': 'Ví dụ mean_score_pct, count_score_ge_80, count_units_ranked.',
  'aggregates.value': 'Giá trị đã công bố.',
  'aggregates.value_unit': 'count (số lượng) | pct (phần trăm) | pct_points (điểm phần trăm).',
  'aggregates.source_url': 'Trang duy nhất nơi đọc số liệu.',
  'aggregates.note': 'Điều nguồn nói thêm (tên, chỗ các nguồn mâu thuẫn).',

  reason_categories:
    'Các loại lý do trừ điểm, theo các quy tắc đã duyệt trong data/reference/reason-categories.csv; quy tắc đầu tiên có cụm từ xuất hiện trong lý do được chọn.',
  'reason_categories.category_id': 'Mã ổn định, ví dụ "evidence", "overdue"; "other" nhận những lý do không quy tắc nào khớp.',
  'reason_categories.name_vi': 'Tên tiếng Việt.',
  'reason_categories.name_en': 'Tên tiếng Anh.',
  'reason_categories.sort_order': 'Thứ tự ưu tiên của quy tắc (thứ tự trong tệp), cũng là thứ tự hiển thị.',
  'reason_categories.patterns': 'Các cụm từ xếp một lý do vào loại này (so sánh không phân biệt hoa thường và dấu).',

  crosswalk: 'Mục nào của một bộ tiêu chí nối tiếp mục nào của bộ tiêu chí trước, theo data/reference/crosswalk.csv.',
  'crosswalk.from_framework': 'Bộ tiêu chí trước.',
  'crosswalk.from_item': 'Mục của bộ đó; NULL với mục mới trong bộ sau.',
  'crosswalk.to_framework': 'Bộ tiêu chí kế tiếp trong một chỉ số.',
  'crosswalk.to_item': 'Mục nối tiếp; NULL với mục đã bỏ.',
  'crosswalk.relation': 'Một trong CROSSWALK_RELATIONS; chỉ "same" và "renamed" mới được nối bằng một đường.',
  'crosswalk.note_vi': 'Điều đã thay đổi, và quan hệ có phải suy luận hay không (tiếng Việt).',
  'crosswalk.note_en': 'Điều đã thay đổi, và quan hệ có phải suy luận hay không (tiếng Anh).',

  owners: 'Ai chịu trách nhiệm các mục của một chỉ số trong mỗi đơn vị: sở chủ trì một lĩnh vực, một phòng hoặc một chức danh công chức.',
  'owners.index_id': 'Chỉ số có các mục mà đơn vị chủ trì chịu trách nhiệm.',
  'owners.owner_id': 'Mã ổn định trong chỉ số, ví dụ "noi-vu", "van-phong".',
  'owners.name_vi': 'Tên tiếng Việt, như đơn vị được đánh giá gọi (ví dụ "Phòng Nội vụ").',
  'owners.name_en': 'Tên tiếng Anh.',
  'owners.kind': 'Một trong OWNER_KINDS.',
  'owners.note_vi': 'Phân công lấy từ đâu, và đúng đến mức nào (ví dụ: phân công thường gặp, mỗi tỉnh một khác).',
  'owners.sort_order': 'Thứ tự trong danh sách (theo tệp).',

  item_owners: 'Đơn vị chủ trì của mọi mục trong chỉ số có phân công, theo phân công hoặc thừa hưởng từ mục cha gần nhất được phân công.',
  'item_owners.index_id': 'Chỉ số.',
  'item_owners.framework_id': 'Một bộ tiêu chí chỉ số đã dùng.',
  'item_owners.item_code': 'Mục.',
  'item_owners.owner_id': 'Đơn vị chủ trì (owners.owner_id của chỉ số).',
  'item_owners.is_inherited': 'TRUE khi đơn vị chủ trì lấy từ mục cha chứ không từ dòng riêng của mục.',

  targets: 'Mục tiêu đặt ra: số điểm một đơn vị (hoặc mọi đơn vị) phải đạt ở một mục trong một năm; ngoài ra mục tiêu là điểm năm trước.',
  'targets.index_id': 'Chỉ số.',
  'targets.year': 'Năm áp dụng mục tiêu.',
  'targets.unit_id': 'Đơn vị; NULL khi áp dụng cho mọi đơn vị của chỉ số.',
  'targets.item_code': 'Mục thuộc bộ tiêu chí năm đó.',
  'targets.target_points': 'Số điểm phải đạt (không quá điểm tối đa).',
  'targets.note_vi': 'Mục tiêu lấy từ đâu (một kế hoạch, một văn bản).',
};

/** A table's (or, with `column`, a column's) description in the page's language; English from tables.ts. */
export function schemaDoc(locale: string, table: TableName, column?: string): string {
  const def = TABLES[table];
  const english = column === undefined ? def.doc : (def.columns.find((c) => c.name === column)?.doc ?? '');
  if (locale === 'en') return english;
  return DOCS_VI[column === undefined ? table : `${table}.${column}`] ?? english;
}
