//! The UI in Korean, written as a Korean product says it (해요체), not
//! translated word for word from the English.

use super::{minutes_seconds, Words};
use crate::progress::schema::{CardProblem, Refusal, VERSION};
use crate::progress::today::date;
use crate::store::Notice;

fn short_date(day: i64) -> String {
    let (_, month, day) = date(day);
    format!("{month}월 {day}일")
}

pub static WORDS: Words = Words {
    switch_to: "English",

    study_nav: "학습",
    review: "복습",
    stats: "통계",
    dark_mode: "다크 모드",
    home: "홈",
    breadcrumb: "현재 위치",
    download_unreadable: "읽지 못한 기록 내려받기",
    notice: |notice| match notice {
        Notice::Blocked => {
            "이 페이지는 브라우저에 데이터를 저장할 수 없어서, 학습 기록과 퀴즈가 페이지를 닫을 때까지만 남아요."
        }
        Notice::Full => {
            "이 사이트의 브라우저 저장 공간이 가득 차서, 새 학습 기록은 페이지를 닫을 때까지만 남아요."
        }
        Notice::Corrupt { .. } => {
            "저장된 학습 기록을 읽지 못해서 원본은 따로 보관하고, 읽을 수 있는 기록만 이어서 사용해요."
        }
        Notice::Newer { .. } => {
            "더 최신 버전의 Foldcards가 저장한 기록이라, 보여 주기만 하고 덮어쓰지는 않아요."
        }
    },
    not_found: "페이지를 찾을 수 없어요",
    no_such_page: "이 주소에는 페이지가 없어요.",
    no_such_category: "이 주소의 카테고리가 없어요. 노트 구성이 바뀌었을 수 있어요.",
    no_such_card: "노트에서 사라진 카드예요. 이름이 바뀌었거나 삭제되었을 수 있어요.",
    search_on_page: "검색은 Foldcards 페이지에서 할 수 있어요.",
    back_home: "전체 카테고리로 돌아가기",

    your_notes: "내 노트",
    questions_in_decks: |cards, decks| format!("덱 {decks}개, 문제 {cards}개"),
    quiz_everything: "전체 문제로 퀴즈 풀기",
    today: "오늘",
    due: ("복습 ", "장"),
    new: ("새 카드 ", "장"),
    review_now: "지금 복습하기",
    nothing_due: "오늘 복습할 카드가 없어요. 수고하셨어요!",
    starred: "별표한 카드",
    missed: "다시 볼 카드",
    deck_size: |cards, sections| format!("문제 {cards}개 · 섹션 {sections}개"),
    categories_of: |deck| format!("{deck} 카테고리"),

    questions: |count| format!("문제 {count}개"),
    notes_only: "노트",
    mastery: |[new, learning, known]| format!("새 카드 {new}장, 학습 중 {learning}장, 외운 카드 {known}장"),
    star: "별표",
    start_quiz: "퀴즈 풀기",
    random_questions: |count| format!("랜덤 {count}문제"),
    open_as_card: "카드로 보기",
    follow_up: "꼬리 질문",
    no_answer_yet: "아직 답 없음",
    sections: "하위 섹션",
    show_all_answers: "답 모두 펼치기",
    collapse_all_answers: "답 모두 접기",
    question_of: |at, total| format!("{total}문제 중 {at}번째"),
    follow_up_of: "원래 질문: ",
    follow_ups: "꼬리 질문",
    pager: "이 카테고리의 문제",
    previous: "이전",
    next: "다음",

    quiz_intro: "문제가 섞인 순서로 하나씩 나와요. 답을 떠올려 본 다음 펼쳐 보고, 얼마나 잘 기억했는지 스스로 평가하세요.",
    categories: "카테고리",
    choose_none: "하나도 고르지 않으면 모든 문제에서 나와요.",
    question_count: "문제 수",
    all: "전체",
    unanswered_questions: "아직 답이 없는 문제",
    include_unanswered: |count| format!("함께 풀기 ({count}개)"),
    start: "시작하기",

    quiz: "퀴즈",
    question_number: "문제 ",
    end_session: "그만 풀기",
    skip_question: "이 문제 건너뛰기",
    recall_keys: "단축키: Space나 Enter로 답 보기, 1 다시 · 2 어려움 · 3 좋음 · 4 쉬움, Esc로 답 입력칸 나가기.",
    options: "보기",
    check: "정답 확인",
    choice_keys: |last, several| {
        let choose = if several { "고르고 Enter로 확인" } else { "고르기" };
        format!("단축키: A–{last} 키로 {choose}, 채점 후 1–4로 평가를 바꾸고 Enter로 다음 문제.")
    },
    right: "정답이에요.",
    partly_right: "일부만 맞았어요.",
    wrong: "틀렸어요.",
    next_question: "다음",
    your_answer: "내 답",
    your_answer_hint: "(선택, 나만 봐요)",
    show_answer: "답 보기",
    answer: "답",
    how_well: "얼마나 잘 떠올렸나요?",
    grades: ["다시", "어려움", "좋음", "쉬움"],
    answer_shown: "답을 펼쳤어요.",
    session_over: "퀴즈가 끝났어요. 결과를 보여 드릴게요.",
    empty_quiz: "이 퀴즈에는 문제가 없어요. 카테고리나 카드가 노트에서 사라졌어요.",
    no_questions: (
        "풀 문제가 없어요",
        "고른 카테고리에는 아직 문제가 없어요. 노트만 있거나 답을 적지 않은 문제뿐이에요.",
    ),
    all_done: (
        "오늘 학습 완료",
        "복습할 카드도, 오늘 배울 새 카드도 없어요. 내일 다시 오거나 퀴즈를 풀어 보세요.",
    ),
    no_starred: (
        "별표한 카드가 없어요",
        "카드 페이지나 답 아래에서 별표를 누르면 여기서 모아 풀 수 있어요.",
    ),
    nothing_missed: (
        "다시 볼 카드가 없어요",
        "마지막 평가가 '다시'나 '어려움'인 카드가 여기 모여요.",
    ),

    session_ended: "퀴즈를 멈췄어요",
    session_complete: "퀴즈 완료",
    retry_missed: |count| format!("놓친 {count}문제 다시 풀기"),
    skipped: "건너뜀",
    not_asked: "남음",
    answered_in: |answered, total, ms| {
        let took = match minutes_seconds(ms) {
            (0, s) => format!("{s}초"),
            (m, 0) => format!("{m}분"),
            (m, s) => format!("{m}분 {s}초"),
        };
        format!("{total}문제 중 {answered}문제 · {took}")
    },
    resume_session: "멈춘 곳부터 이어 풀기",
    new_quiz: "새 퀴즈",
    same_quiz: "같은 퀴즈 다시 풀기",
    start_again: "다시 시작하기",
    questions_heading: "문제",

    totals: |reviews, [new, learning, known]| {
        format!("복습 {reviews}회 · 외운 카드 {known}장 · 학습 중 {learning}장 · 새 카드 {new}장")
    },
    reviews_per_day: "날짜별 복습",
    recall_over_time: "기억률 추이",
    coming_due: "복습 예정",
    by_category: "카테고리별",
    your_data: "학습 기록 관리",
    day_reviews: |day, count| format!("{}: 복습 {count}회", short_date(day)),
    heatmap: |reviews, weeks| format!("최근 {weeks}주 동안 복습 {reviews}회"),
    short_date,
    fewer_more: ("적음", "많음"),
    weeks_ago: |weeks| format!("{weeks}주 전"),
    this_week: "이번 주",
    days_ahead: |days| format!("{days}일 후"),
    no_recall_yet: "아직 복습으로 돌아온 카드가 없어요. 카드가 돌아오면 여기에 기억률이 나타나요.",
    recall_per_week: |weeks| format!("주별 기억률, 오래된 주부터: {weeks}"),
    recall_goal: "점선은 FSRS가 목표로 하는 기억률 90%예요.",
    forecast: |days, counts| format!("앞으로 {days}일 동안 복습할 카드 수, 오늘부터: {counts}"),
    due_in: |days, count| {
        let when = match days {
            0 => "오늘".to_owned(),
            1 => "내일".to_owned(),
            days => format!("{days}일 후"),
        };
        format!("{when}: {count}장")
    },
    category: "카테고리",
    cards: "카드",
    mastery_heading: "숙련도",
    reviews: "복습 횟수",
    reset: "초기화",
    reset_everything: "모두 초기화",
    reset_category: |category| format!("{category} 초기화"),
    confirm_reset: "초기화 확인",
    forget_category: ("", "의 복습 기록을 지울까요? 별표는 그대로 남아요."),
    forget_everything: "복습 기록을 모두 지울까요? 별표는 그대로 남아요.",
    reviews_forgotten: "복습 기록을 지웠어요.",
    cancel: "취소",
    data_hint: "학습 기록은 이 브라우저에만 저장돼요. 내보내기로 사본을 보관하거나 다른 브라우저로 옮길 수 있고, 가져오기는 지금 기록에 합쳐질 뿐 덮어쓰지 않아요.",
    export: "학습 기록 내보내기",
    import: "학습 기록 가져오기",
    imported: |changed, left_out, kept| {
        let mut message = match (changed, kept) {
            (0, _) => "이 파일에는 이 노트에 새로 더할 기록이 없어요.".to_owned(),
            (_, true) => format!("카드 {changed}장의 학습 기록을 가져와 지금 기록과 합쳤어요."),
            (_, false) => format!("카드 {changed}장의 학습 기록을 합쳤지만 이번 방문에만 남아요. 브라우저가 저장하지 못한 이유는 위 알림을 확인하세요."),
        };
        if left_out > 0 {
            message.push_str(&format!(" 이 노트에 없는 카드 {left_out}장은 가져오지 않았어요."));
        }
        message
    },
    file_unreadable: "파일을 읽을 수 없어요.",
    nothing_imported: "아무것도 가져오지 않았어요.",
    refusal: |refusal| match refusal {
        Refusal::NotJson => {
            "파일이 손상됐거나 Foldcards 학습 기록 파일이 아니에요(JSON 형식이 아니에요).".to_owned()
        }
        Refusal::NotProgress => "Foldcards 학습 기록 파일이 아니에요.".to_owned(),
        Refusal::UnknownVersion => "알 수 없는 버전의 파일이에요.".to_owned(),
        Refusal::Newer { version } => format!(
            "더 최신 Foldcards에서 만든 파일(버전 {version})이라, 버전 {VERSION}까지 읽는 이 앱에서는 가져올 수 없어요."
        ),
        Refusal::OtherDeck(deck) => format!("다른 덱(“{deck}”)의 학습 기록 파일이에요."),
        Refusal::Card { id, problem } => {
            let problem = match problem {
                CardProblem::Shape => "Foldcards가 읽을 수 없는 형식이에요".to_owned(),
                CardProblem::Grade(n) => format!("{n}번째 복습의 평가가 1~4가 아니에요"),
                CardProblem::Time(n) => format!("{n}번째 복습 시각이 1970~3000년 범위를 벗어났어요"),
                CardProblem::Order(n) => format!("{n}번째 복습 시각이 이전 복습보다 빨라요"),
                CardProblem::StarTime => "별표 시각이 1970~3000년 범위를 벗어났어요".to_owned(),
                CardProblem::ResetTime => "초기화 시각이 1970~3000년 범위를 벗어났어요".to_owned(),
            };
            format!("카드 “{id}”: {problem}.")
        }
    },

    search: "검색",
    search_placeholder: "검색  /",
    search_label: "노트 검색",
    type_to_search: "질문이나 답에 있는 말을 입력해 보세요.",
    nothing_found: "검색 결과가 없어요.",
    results: "검색 결과",
    result_count: |count, capped| {
        if capped {
            format!("검색 결과 상위 {count}개")
        } else {
            format!("검색 결과 {count}개")
        }
    },

    export_anki: "Anki로 내보내기",
    embed: "퍼가기",
    embed_hint: "아래 코드 중 하나를 블로그 글에 붙여 넣으세요. 요소 방식은 이 사이트가 파일의 교차 출처 요청(CORS)을 허용해야 해요.",
    in_iframe: "iframe으로",
    as_element: "<fold-cards> 태그로",
    copy: "복사",
    copied: "복사했어요",
};
