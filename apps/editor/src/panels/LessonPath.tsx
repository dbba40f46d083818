import { lessonPath } from "@nudge/graph";
import { useReactFlow } from "@xyflow/react";
import { openTemplate } from "../canvas/open-template";
import { useUi } from "../store/ui-store";

/** The course's seven lessons in order (@nudge/graph `lessonPath`): each opens its template; a lesson without one yet says "coming". */
export function LessonPath() {
  const open = useUi((s) => s.lessonsOpen);
  const flow = useReactFlow();
  if (!open) return null;
  return (
    <nav className="nn-lessons" aria-label="Lesson path">
      <span className="nn-lessons__head">Lessons</span>
      <ol>
        {lessonPath.map((l) => (
          <li key={l.number}>
            <span className="nn-lessons__n">{l.number}</span>
            {l.template ? (
              <button type="button" className="nn-link" onClick={() => void openTemplate(l.template!, flow)}>
                {l.title}
              </button>
            ) : (
              <span className="nn-muted" aria-label={`${l.title}, coming`}>
                {l.title} <em>(coming)</em>
              </span>
            )}
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="nn-lessons__close"
        aria-label="Hide the lesson path"
        onClick={() => useUi.getState().setLessonsOpen(false)}
      >
        ×
      </button>
    </nav>
  );
}
